#!/usr/bin/env bash
# Times a full build of the same synthetic site by our generator (Release) and by Hugo, in one run,
# cold process each time; prints the median of N runs and the ratio. Usage: bench/run.sh [PAGES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-1000}; runs=${2:-5}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 bench/make-synthetic-site.py "$pages" "$work"
dotnet publish Site.csproj -c Release -o "$work/bin" -p:PublishReadyToRun=true --nologo -v q >/dev/null
# A theme that writes only the content, like the Hugo layouts above.
mkdir -p "$work/ours/theme/layouts"
printf '<!DOCTYPE html><html><head><title>{{ page.title | html.escape }}</title></head><body><main>{{ content }}</main></body></html>\n' > "$work/ours/theme/layouts/base.sbn-html"
printf '{{ page.content }}' > "$work/ours/theme/layouts/page.sbn-html"
cp "$work/ours/theme/layouts/page.sbn-html" "$work/ours/theme/layouts/home.sbn-html"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }

ours=$(for _ in $(seq "$runs"); do (cd "$work/ours" && time_ms "$work/bin/site"); done | median)
echo "ours: $pages pages, median of $runs: ${ours} ms"
if command -v hugo >/dev/null 2>&1; then
  hugo_ms=$(for _ in $(seq "$runs"); do (cd "$work/hugo" && time_ms hugo --quiet -d "$work/hugo-out"); done | median)
  echo "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1): $pages pages, median of $runs: ${hugo_ms} ms"
  awk -v a="$ours" -v b="$hugo_ms" 'BEGIN { printf "ratio ours/hugo: %.2f\n", a / b }'
else
  echo "hugo not installed (apt-get install -y hugo): no ratio"
fi
