#!/usr/bin/env bash
# Lighthouse budget: builds the site, serves it on 127.0.0.1, and runs Lighthouse (npm, with
# Debian's Chromium) on the home page, a chart page and a data page, and on the French home and chart pages. Every category must score 100.
# Prints "lighthouse: N passed, N failed" and exits non-zero below the budget.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
chrome="${CHROME_PATH:-$(command -v chromium || true)}"
[ -n "$chrome" ] || { echo "Lighthouse needs Chromium (apt-get install -y chromium)"; exit 1; }
command -v node >/dev/null || { echo "Lighthouse needs Node.js"; exit 1; }

[ -d "$here/node_modules/lighthouse" ] || (cd "$here" && npm ci --no-audit --no-fund --silent)

work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
origin="http://127.0.0.1:$port"
(cd "$repo" && dotnet run --project Site.csproj -c Release -- build --output "$work/site" --site-url "$origin" >/dev/null)
node "$here/serve.mjs" "$work/site" "$port" &
server=$!
sleep 0.5

reports=()
for path in / /nations/ /data/national-strategies/ /fr/ /fr/nations/; do
  name=$(echo "$path" | tr '/' '_')
  CHROME_PATH="$chrome" "$here/node_modules/.bin/lighthouse" "$origin$path" --quiet \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$work/lh$name.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    || true
  reports+=("$work/lh$name.json")
done
node "$here/check.mjs" "${reports[@]}"
