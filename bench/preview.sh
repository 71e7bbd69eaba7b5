#!/usr/bin/env bash
# The preview's save → new HTML served latency against `hugo server`, on the same synthetic pages:
# N pages (default 1,000) from make-synthetic-site.py, our real theme, median of 20 edits of one page.
# Prints one line: "preview: ours median NN ms, hugo median NN ms (20 edits, N pages)".
# Usage: bench/preview.sh [PAGES] (BENCH_SITE=path/to/site skips the publish). Needs dotnet, node and hugo (apt-get install -y hugo).
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-1000}
command -v hugo >/dev/null 2>&1 || { echo "preview.sh: hugo is not installed (apt-get install -y hugo)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 bench/make-synthetic-site.py "$pages" "$work" >/dev/null
# The generator bench/run.sh already published (BENCH_SITE), or the same Release publish made here.
site=${BENCH_SITE:-}
if [[ -z "$site" ]]; then
  dotnet publish Site.csproj -c Release --use-current-runtime -o "$work/bin" --nologo -v q >/dev/null
  site="$work/bin/site"
fi
# What users preview: the project's own theme, every feature on.
cp -r theme "$work/ours/theme"
page=$(( pages / 2 ))

ours=$(node bench/preview-latency.mjs ours "$work/ours" "input/p$page.md" "/p$page/" "Serving " \
  -- "$site" serve --port '{port}' 2>"$work/ours.log") || { cat "$work/ours.log" >&2; exit 3; }
hugo=$(node bench/preview-latency.mjs hugo "$work/hugo" "content/p$page.md" "/p$page/" "Web Server is available" \
  -- hugo server --port '{port}' --bind 127.0.0.1 --disableLiveReload 2>"$work/hugo.log") || { cat "$work/hugo.log" >&2; exit 3; }
echo "preview: $ours, $hugo (20 edits, $pages pages)"
# Every edit's latency, on stderr: the median hides whether a few saves waited (for a rebuild, a busy core).
grep -h "^\(ours\|hugo\): " "$work/ours.log" "$work/hugo.log" >&2 || true
