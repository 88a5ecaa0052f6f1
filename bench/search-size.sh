#!/usr/bin/env bash
# Builds the search index of the digest into target/search-site (test-scope writer) and reports
# download sizes and query latency. Usage: bench/search-size.sh [digest]
set -euo pipefail
cd "$(dirname "$0")/.."
digest="${1:-content/iclr2026-llm.txt}"
rm -rf target/search-site
mvn -q test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.sitegen.search.DigestIndexWriter -Dexec.args="$digest target/search-site"
mkdir -p target/search-site/assets
cp templates/assets/search*.js target/search-site/assets/
cp bench/search-page.html target/search-site/search/index.html
node bench/search-size.js target/search-site "$digest"
echo "Open target/search-site/search/index.html in a browser to try it (works from file://)."
if command -v chromium >/dev/null; then
  page="file://$PWD/target/search-site/search/latency.html"
  chromium --headless --no-sandbox --disable-gpu --dump-dom "$page" 2>/dev/null | grep -o 'browser latency: [0-9][^<]*' || echo "chromium run failed"
fi
