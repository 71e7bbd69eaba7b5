#!/usr/bin/env bash
# Measures the preview's edit-to-browser latency on a synthetic 1,000-page site (see preview-latency.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 bench/make-synthetic-site.py 1000 "$work"
dotnet publish Site.csproj -c Release -o "$work/bin" -p:PublishReadyToRun=true --nologo -v q >/dev/null
mkdir -p "$work/ours/theme/layouts"
printf '<!DOCTYPE html><html><head><title>{{ page.title | html.escape }}</title></head><body><main>{{ content }}</main></body></html>\n' > "$work/ours/theme/layouts/base.sbn-html"
printf '{{ page.content }}' > "$work/ours/theme/layouts/page.sbn-html"
cp "$work/ours/theme/layouts/page.sbn-html" "$work/ours/theme/layouts/home.sbn-html"
node bench/preview-latency.mjs "$work/bin/site.dll" "$work/ours"
