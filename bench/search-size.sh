#!/usr/bin/env bash
# Builds the real site into target/search-site and reports what a search downloads before its first
# results (raw and gzipped) and query latency in node and in headless Chromium.
# Usage: bench/search-size.sh [content-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
content="${1:-content}"
[ -f target/site-gen.jar ] || mvn -q -DskipTests package
rm -rf target/search-site
java -jar target/site-gen.jar build --content "$content" --out target/search-site >/dev/null
node bench/search-size.js target/search-site "$(ls "$content"/*.txt | head -1)"
echo "Open target/search-site/search/index.html in a browser to try it (works from file://)."
if command -v chromium >/dev/null; then
  page="file://$PWD/target/search-site/search/latency.html"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --dump-dom "$page" 2>/dev/null \
    | grep -o 'browser latency: [0-9][^<]*' || echo "chromium run failed"
fi
