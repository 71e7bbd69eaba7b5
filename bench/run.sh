#!/usr/bin/env bash
# The benchmark of what users run, against Hugo, written into docs/performance.md.
#
# Our generator: a Release publish, Native AOT (the build the Pages workflow runs), the real
# theme (theme/), every feature on (links and anchors checked, search index, sitemap and feed via
# --site-url, CSV/JSON of the data table, atomic swap of the output folder). Hugo (Debian's): the
# same pages (bench/make-synthetic-site.py) with comparable layouts, sitemap, RSS and a JSON index.
# For N = 50, 1,000 and 5,000 pages: RUNS cold processes each, interleaved (ours, hugo, ours,
# hugo…), the median wall time and the peak RSS (GNU time's %M) of each, and the ratio.
# The headline is the build into an empty output folder (the last run's moved aside, untimed, before
# each run, for both tools; nothing deleted until the end, see aside() below): every social card is
# drawn. Beside it, the build exactly as the Pages workflow runs it: an empty folder but for the last
# run's social cards, which the workflow restores from its cache (a push that changes some pages draws
# only their cards). Then the explainer's own cold build (input/ with theme/), both ways. The second
# table, measured after all of those, is the local rebuild over the previous output: unchanged pages
# are carried over (hard links) instead of written, and a third series changes every page since the
# previous build (it alternates between theme/ and a copy whose base layout ends in one more
# comment). Then the preview latency (bench/preview.sh) and the growth from 1,000 to 5,000 pages.
# Every figure in the tables comes from this run.
#
# Usage: bash bench/run.sh [RUNS]      (RUNS ≥ 5, default 7; BENCH_SIZES="50 1000" to try fewer sizes,
#                                        BENCH_NO_PREVIEW=1 to leave the preview out, BENCH_OUT=FILE)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=${1:-7}
sizes=${BENCH_SIZES:-"50 1000 5000"}
report=${BENCH_OUT:-docs/performance.md}
(( runs >= 5 )) || { echo "bench/run.sh: at least 5 runs per size (got $runs)" >&2; exit 2; }

# Tools: Debian's hugo and GNU time, installed when missing (as root, like CI and the dev machines).
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
# Native AOT links with clang against zlib.
command -v clang >/dev/null 2>&1 || missing+=(clang)
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
[ -x /usr/bin/time ] || missing+=(time)
if (( ${#missing[@]} )); then
  echo "installing ${missing[*]} (apt-get)" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "publishing Release + Native AOT (a few minutes)…" >&2
publish_start=$(date +%s)
dotnet publish Site.csproj -c Release --use-current-runtime -p:PublishAot=true -o "$work/bin" --nologo -v q >/dev/null
publish_s=$(( $(date +%s) - publish_start ))
site="$work/bin/site"

# One cold run: prints "<wall ms> <peak RSS KB>"; fails the benchmark when the build fails.
# Every run starts with the disk's write-back done (sync, untimed): otherwise a run pays for the files
# the one before it wrote (5,000 pages: ~80,000 files written and deleted in a series), and which tool
# pays depends on the order, not on the tool.
measure() {
  local dir=$1; shift
  local start end
  sync
  start=$(date +%s%N)
  if ! (cd "$dir" && /usr/bin/time -f %M -o "$work/rss" "$@" >"$work/log" 2>&1); then
    echo "bench/run.sh: a timed build failed in $dir: $*" >&2; cat "$work/log" >&2; exit 1
  fi
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(tail -1 "$work/rss")"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

ours_build=(build --input input --theme "$repo/theme" --output out --site-url https://example.org)
# Into an empty folder: every card drawn.
fresh_build=(build --input input --theme "$repo/theme" --output out-fresh --site-url https://example.org)
# As the Pages workflow builds: an empty folder but for the social cards it restores from its cache.
pages_build=(build --input input --theme "$repo/theme" --output out-pages --site-url https://example.org)
# The same build with every page different from the previous run's: the theme alternates.
cp -r "$repo/theme" "$work/theme-b"
printf '<!-- every page differs from a build with theme/ -->\n' >>"$work/theme-b/layouts/base.sbn-html"
changed_build=(build --input input --output out-changed --site-url https://example.org --theme)
rows=""
fresh_rows=""
declare -A ours_ms
# Empty folders are made by moving the last run's output aside, never by deleting it: ext4 makes a file
# created soon after many were deleted (within a minute or more) far slower to allocate (perf: its inode
# allocator skips recently deleted inodes one by one, under the folder's lock). At 1,000 pages that
# doubled our build's time after the deletion of its own 5,000 earlier files (system time 0.25 → 3 s)
# and barely touched Hugo's, which writes one file a page. The Pages workflow builds on a new runner's
# disk, where nothing was just deleted; so do the empty-folder series here: they run first, for every
# size, and nothing is deleted until the benchmark ends. The rebuild series come after them.
aside() { local target; for target in "$@"; do [ -e "$target" ] && mv "$target" "$work/aside/$(date +%s%N)"; done; return 0; }
mkdir -p "$work/aside"
for n in $sizes; do
  echo "N = $n: generating pages, $runs interleaved runs into empty folders…" >&2
  dir="$work/site-$n"
  python3 bench/make-synthetic-site.py "$n" "$dir"
  # One untimed build of each first: the files are in the page cache for both, as for an editor.
  measure "$dir/ours" "$site" "${ours_build[@]}" >/dev/null
  measure "$dir/hugo" hugo --quiet -d ../hugo-out >/dev/null
  : >"$work/fresh-$n"; : >"$work/hugo-fresh-$n"; : >"$work/pages-$n"
  for run in $(seq "$runs"); do
    aside "$dir/ours/out-fresh" "$dir/hugo-fresh" "$dir/ours/out-pages"
    measure "$dir/ours" "$site" "${fresh_build[@]}" >>"$work/fresh-$n"
    measure "$dir/hugo" hugo --quiet -d ../hugo-fresh >>"$work/hugo-fresh-$n"
    # What actions/cache restores before the workflow's build (untimed): the cards folders alone.
    for cards in cards fr/cards; do
      if [ -d "$dir/ours/out/$cards" ]; then mkdir -p "$dir/ours/out-pages/$cards" && cp -r "$dir/ours/out/$cards/." "$dir/ours/out-pages/$cards/"; fi
    done
    measure "$dir/ours" "$site" "${pages_build[@]}" >>"$work/pages-$n"
  done
  f=$(cut -d' ' -f1 "$work/fresh-$n" | median); hf=$(cut -d' ' -f1 "$work/hugo-fresh-$n" | median)
  frss=$(cut -d' ' -f2 "$work/fresh-$n" | median); hfrss=$(cut -d' ' -f2 "$work/hugo-fresh-$n" | median)
  p=$(cut -d' ' -f1 "$work/pages-$n" | median); prss=$(cut -d' ' -f2 "$work/pages-$n" | median)
  ours_ms[$n]=$f
  fresh_rows+="| $n | $f | $hf | $(ratio "$f" "$hf") | $p | $(ratio "$p" "$hf") | $(mb "$frss") | $(mb "$hfrss") | $(ratio "$frss" "$hfrss") | $(mb "$prss") | $(ratio "$prss" "$hfrss") |"$'\n'
done

echo "the explainer: $runs cold builds…" >&2
: >"$work/explainer"
measure "$repo" "$site" build --output "$work/explainer-out" >/dev/null
for _ in $(seq "$runs"); do
  aside "$work/explainer-out"
  measure "$repo" "$site" build --output "$work/explainer-out" >>"$work/explainer"
done
explainer_ms=$(cut -d' ' -f1 "$work/explainer" | median)
explainer_rss=$(cut -d' ' -f2 "$work/explainer" | median)
# As the Pages workflow builds it: an empty folder but for the last build's cards (its cache).
: >"$work/explainer-pages"
for _ in $(seq "$runs"); do
  aside "$work/explainer-pages-out"
  for cards in cards fr/cards; do
    if [ -d "$work/explainer-out/$cards" ]; then mkdir -p "$work/explainer-pages-out/$cards" && cp -r "$work/explainer-out/$cards/." "$work/explainer-pages-out/$cards/"; fi
  done
  measure "$repo" "$site" build --output "$work/explainer-pages-out" >>"$work/explainer-pages"
done
explainer_pages_ms=$(cut -d' ' -f1 "$work/explainer-pages" | median)

# The rebuild series: each of our rebuilds replaces its output and deletes the old one, as an editor's do.
for n in $sizes; do
  echo "N = $n: $runs interleaved rebuilds over the previous output…" >&2
  dir="$work/site-$n"
  measure "$dir/ours" "$site" "${changed_build[@]}" "$work/theme-b" >/dev/null
  : >"$work/ours-$n"; : >"$work/hugo-$n"; : >"$work/changed-$n"
  for run in $(seq "$runs"); do
    measure "$dir/ours" "$site" "${ours_build[@]}" >>"$work/ours-$n"
    measure "$dir/hugo" hugo --quiet -d ../hugo-out >>"$work/hugo-$n"
    theme="$work/theme-b"; (( run % 2 )) && theme="$repo/theme"
    measure "$dir/ours" "$site" "${changed_build[@]}" "$theme" >>"$work/changed-$n"
  done
  o=$(cut -d' ' -f1 "$work/ours-$n" | median); h=$(cut -d' ' -f1 "$work/hugo-$n" | median)
  c=$(cut -d' ' -f1 "$work/changed-$n" | median)
  orss=$(cut -d' ' -f2 "$work/ours-$n" | median); hrss=$(cut -d' ' -f2 "$work/hugo-$n" | median)
  rows+="| $n | $o | $h | $(ratio "$o" "$h") | $c | $(ratio "$c" "$h") | $(mb "$orss") | $(mb "$hrss") | $(ratio "$orss" "$hrss") |"$'\n'
done
"$site" build --output "$work/explainer-out" --timings >"$work/built" 2>"$work/timings"
explainer_timings=$(grep '^timings:' "$work/timings" | sed 's/^timings: //')
explainer_size=$(sed -n 's/^Built \(.*\) in [0-9]* ms.*/\1/p' "$work/built")

growth="not measured (BENCH_SIZES lacks 1000 or 5000)"
if [[ -n "${ours_ms[1000]:-}" && -n "${ours_ms[5000]:-}" ]]; then
  growth="time(5,000) / time(1,000), into an empty folder = $(ratio "${ours_ms[5000]}" "${ours_ms[1000]}") (target ≤ 5.5)"
fi

preview="not measured (BENCH_NO_PREVIEW=1)"
if [[ -z "${BENCH_NO_PREVIEW:-}" ]]; then
  echo "the preview: bench/preview.sh…" >&2
  preview=$(BENCH_SITE="$site" bash bench/preview.sh 2>"$work/preview-err" | grep '^preview:' | tail -1) || true
  [[ -n "$preview" ]] || preview="bench/preview.sh failed: $(tail -3 "$work/preview-err" | tr '\n' ' ')"
fi

cores=$(nproc)
memory=$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
os=$(. /etc/os-release && echo "$PRETTY_NAME")
dotnet_version=$(dotnet --version)
runtime=$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')
hugo_version=$(hugo version | grep -o 'v[0-9][0-9.]*' | head -1)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
date=$(date -u +"%Y-%m-%d %H:%M UTC")

table=$(cat <<EOF
<!-- bench:begin — written by bench/run.sh; do not edit by hand -->
Measured on $date, commit $commit: $cores cores ($cpu), $memory of memory, $os, .NET SDK
$dotnet_version (runtime $runtime), Hugo $hugo_version. Median of $runs cold runs each, interleaved
(ours, Hugo, …), after one untimed build of each, each run after a \`sync\` (untimed); wall time of
the whole process; peak RSS from GNU time. The generator runs as the Pages workflow runs it (the
Native AOT Release publish, as its own executable).

**Into an empty output folder** (both tools' last output moved aside, untimed, before each run, and
nothing deleted until the benchmark ends, as on the Pages runner's new disk; every social card drawn).
"As the Pages workflow builds": the same empty folder but for the previous build's social cards, which
the workflow restores from its cache (\`.github/workflows/pages.yml\`).

| pages | ours (ms) | Hugo (ms) | ours / Hugo | ours as the Pages workflow builds (ms) | that / Hugo | ours peak RSS (MB) | Hugo peak RSS (MB) | RSS ours / Hugo | peak RSS as the workflow builds (MB) | that / Hugo's |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
$fresh_rows
**Rebuilding over the previous output** (an editor's local build; measured after all of the above):
"ours" carries the unchanged files over from the previous output (hard links), as Hugo rewrites its
own; "every page changed" rebuilds after a layout change, so every page is written anew.

| pages | ours (ms) | Hugo (ms) | ours / Hugo | ours, every page changed (ms) | changed / Hugo | ours peak RSS (MB) | Hugo peak RSS (MB) | RSS ours / Hugo |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
$rows
- Growth: $growth.
- The explainer (input/ with theme/: $explainer_size), cold, into an empty folder: median ${explainer_ms} ms,
  peak RSS $(mb "$explainer_rss") MB (target ≤ 150 ms); as the Pages workflow builds it (the last cards restored): median ${explainer_pages_ms} ms. Its stages (\`--timings\`, one run): $explainer_timings.
- Preview, save → new HTML served (bench/preview.sh): $preview.
- Publishing the generator (\`dotnet publish Site.csproj -c Release --use-current-runtime -p:PublishAot=true\`, Native AOT, restored packages): $publish_s s.

Reproduce: \`bash bench/run.sh $runs\` (as root where Hugo or GNU time must be installed), on a
machine with nothing else running, long after any large deletion on its disk.
<!-- bench:end -->
EOF
)

# Replace the measured block of docs/performance.md, keeping the prose around it.
if [[ -f "$report" ]] && grep -q '<!-- bench:begin' "$report"; then
  python3 - "$report" "$table" <<'PY'
import re, sys
path, block = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
text = re.sub(r"<!-- bench:begin.*?<!-- bench:end -->", lambda _: block, text, count=1, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
else
  printf '# Performance\n\n%s\n' "$table" >"$report"
fi
echo "$table"
echo "written to $report" >&2
