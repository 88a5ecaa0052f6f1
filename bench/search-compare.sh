#!/usr/bin/env bash
# Builds the real site into a temporary directory under /tmp, indexes it with Pagefind too, and
# compares our search with MiniSearch (CJK bigrams) and Pagefind in headless Chromium: hits, recall
# against a substring truth, bytes fetched before the first results (raw, gzip), time to them.
# Usage: bench/search-compare.sh [content-dir]
#   PAGEFIND_GLOB  which pages Pagefind indexes (default: the paper pages, as data-pagefind-body on
#                  them would; '**/*.html' indexes every page like a site without markup)
#   KEEP=1         keep the built site and print where it is;  VERBOSE=1  list the files per row
set -euo pipefail
cd "$(dirname "$0")/.."
content="${1:-content}"
[ -f target/site-gen.jar ] || mvn -q -DskipTests package
[ -d bench/node_modules/minisearch ] || (cd bench && npm ci --no-audit --no-fund)
[ -d src/test/browser/node_modules/playwright-core ] || (cd src/test/browser && npm ci --no-audit --no-fund)

site="$(mktemp -d /tmp/search-compare.XXXXXX)"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$site"' EXIT; else echo "site kept in $site"; fi
java -jar target/site-gen.jar build --content "$content" --out "$site" >/dev/null
(cd bench && npx --no-install pagefind --site "$site" --force-language zh-cn \
  --glob "${PAGEFIND_GLOB:-papers/*/index.html}") | grep -E 'Indexed [0-9]+ (pages|words)' || true
node bench/search-compare.js "$site"
