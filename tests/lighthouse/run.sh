#!/usr/bin/env bash
# Lighthouse budget: builds the site, serves it on 127.0.0.1, and runs Lighthouse (npm, with
# Debian's Chromium) on the home page, a chart page and a data page, and on the French home and chart pages. Every category must score 100
# (performance: see check.mjs for a run that CPU contention slowed).
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
audit() { # path, report file
  CHROME_PATH="$chrome" "$here/node_modules/.bin/lighthouse" "$origin$1" --quiet \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$2" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    || true
  [ -f "$2" ] && reports+=("$2")
}
for path in / /nations/ /data/national-strategies/ /fr/ /fr/nations/; do
  audit "$path" "$work/lh$(echo "$path" | tr '/' '_').json"
done
# A page whose performance was below 100 runs once more (a loaded machine stretches its timings);
# check.mjs counts the better run and prints both.
node "$here/check.mjs" --retry-list "$work/again.txt" "${reports[@]}"
while read -r path; do
  [ -n "$path" ] && audit "$path" "$work/lh$(echo "$path" | tr '/' '_')-again.json"
done < "$work/again.txt"
node "$here/check.mjs" "${reports[@]}"
