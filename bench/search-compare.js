#!/usr/bin/env node
'use strict';
// Compares our static search with MiniSearch (CJK-bigram tokenizer) and Pagefind on one built site:
// hits, recall against a substring truth, and the bytes a browser fetches before the first results.
// All three engines are measured the same way: a page served over http from 127.0.0.1 and loaded in
// headless Chromium, summing the Resource Timing entries of the page and of its web workers (Pagefind
// fetches its wasm and index from one) that finished before the first results were ready.
// Usage: node bench/search-compare.js <site-dir-with-pagefind>   (see bench/search-compare.sh)
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const zlib = require('node:zlib');
const { performance } = require('node:perf_hooks');

const site = path.resolve(process.argv[2] || '');
if (!process.argv[2] || !fs.existsSync(path.join(site, 'papers.json'))) {
  console.error('usage: node bench/search-compare.js <site dir with papers.json and pagefind/>');
  process.exit(2);
}
process.env.SEARCH_INDEX_DIR = site;
const ROOT = path.resolve(__dirname, '..');
const { engine, indexDir, diskStore, run, card } = require('../src/test/js/support.js');
const MiniSearch = require('minisearch');
const { chromium } = require(path.join(ROOT, 'src/test/browser/node_modules/playwright-core'));

const QUERIES = process.env.QUERIES ? process.env.QUERIES.split(',') : ['安全对齐', '思维链', '知识蒸馏', '奖励模型', 'GuardSpace', 'guardsp', 'GaurdSpace', 'LoRA 微调', 'kv-cache', 'reinforcement learning'];
const HAN = /\p{Script=Han}/u;
const FIRST_MINI = 20; // cards our page renders first; MiniSearch stores titles, so nothing more to fetch
const FIRST_PAGEFIND = 10; // fragments loaded for Pagefind, as its own UI does per page

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const isGzip = (buf) => buf.length > 2 && buf[0] === 0x1f && buf[1] === 0x8b;
// Pagefind stores its index and fragments gzipped already; gzipping them again would only add a header.
const gzOnce = (buf) => (isGzip(buf) ? buf.length : gz(buf));
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const pad = (text, n) => text + ' '.repeat(Math.max(0, n - Array.from(text).reduce((w, c) => w + (HAN.test(c) ? 2 : 1), 0)));

// ---- the model and the truth ----------------------------------------------------------------------

const papers = JSON.parse(fs.readFileSync(path.join(site, 'papers.json'), 'utf8')).papers;
const FIELD_KEYS = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'];
const docs = papers.map((p) => {
  const doc = {
    id: p.id, url: 'papers/' + p.id + '/', title: p.title || '', method: p.method || '',
    tags: p.tags.map((t) => t.written + ' ' + t.name).join(' '), tldr: p.tldr || '',
    abstract: (p.abstractParagraphs || []).join('\n'),
  };
  FIELD_KEYS.forEach((k, i) => { doc[k] = p.fields[i] ? p.fields[i].text : ''; });
  return doc;
});
const SEARCHED = ['title', 'method', 'tags', 'tldr', ...FIELD_KEYS, 'abstract'];
const textOf = new Map(docs.map((d) => [d.id, SEARCHED.map((f) => d[f]).join('\n').toLowerCase()]));

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A Han phrase matches anywhere; a Latin term only at a word start ("lora" not in "exploration"). */
const termPattern = (term) => new RegExp((HAN.test(term) ? '' : '(?<![\\p{L}\\p{N}])') + escape(term), 'u');

/** Papers whose text contains every space-separated term of the query, case-insensitively. */
function truth(query) {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean).map(termPattern);
  return new Set(docs.filter((d) => terms.every((t) => t.test(textOf.get(d.id)))).map((d) => d.id));
}

function recall(query, ids) {
  const want = truth(query);
  const found = [...want].filter((id) => ids.has(id)).length;
  return { truth: want.size, found, text: want.size ? `${found}/${want.size}` : '-' };
}

const idOf = (url) => (/papers\/([0-9a-f]+)\//.exec(url) || [])[1];

// ---- MiniSearch with a CJK-bigram tokenizer -------------------------------------------------------

/** Han runs become overlapping bigrams (a lone character stays itself); other text lower-cased words. */
function bigramTokenize(text) {
  const out = [];
  for (const run of text.match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) || []) {
    if (!HAN.test(run)) { out.push(run.toLowerCase()); continue; }
    const chars = Array.from(run);
    if (chars.length === 1) out.push(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  }
  return out;
}

// The same options must be given to loadJSON in the browser; only tokenize is a function there too.
const MINI_OPTIONS = { fields: SEARCHED, storeFields: ['title', 'url'], tokenize: bigramTokenize };
const MINI_SEARCH = {
  combineWith: 'AND',
  prefix: (term) => !HAN.test(term), // "guardsp"; a Han bigram is already a whole token
  fuzzy: (term) => (HAN.test(term) ? false : 0.2), // "GaurdSpace"
};

function buildMini() {
  const t = performance.now();
  const mini = new MiniSearch(MINI_OPTIONS);
  mini.addAll(docs);
  const index = Buffer.from(JSON.stringify(mini));
  return { mini, index, ms: performance.now() - t };
}

async function minifiedLibrary() {
  const { minify } = require('terser');
  const file = path.join(__dirname, 'node_modules/minisearch/dist/umd/index.js');
  const out = await minify(fs.readFileSync(file, 'utf8'), { compress: true, mangle: true });
  return Buffer.from(out.code);
}

// ---- the http server and the harness pages --------------------------------------------------------

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

/**
 * Serves the site as stored (no compression, no caching) plus in-memory harness files under /__bench/,
 * and keeps the body of every response in `served` by path, for the byte counts.
 */
function serve(virtual, served) {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (process.env.VERBOSE > 1) console.error('GET', req.url);
    let body = virtual.get(url);
    let file = url;
    if (!body) {
      file = path.join(site, path.normalize(url));
      if (file.endsWith('/')) file = path.join(file, 'index.html');
      if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        if (process.env.VERBOSE) console.error('404', url);
        res.writeHead(404);
        return res.end();
      }
      body = fs.readFileSync(file);
    }
    served.set(url, body);
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Cache-Control': 'no-store', 'Content-Length': body.length });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const MINI_PAGE = `<!doctype html><meta charset="utf-8"><title>minisearch</title>
<script type="module">
const HAN = /\\p{Script=Han}/u;
${bigramTokenize.toString()}
window.__run = async (q) => {
  await new Promise((ok, fail) => { const s = document.createElement('script'); s.src = '/__bench/minisearch.min.js'; s.onload = ok; s.onerror = fail; document.head.append(s); });
  const json = await (await fetch('/__bench/minisearch-index.json')).text();
  const mini = MiniSearch.loadJSON(json, { fields: ${JSON.stringify(SEARCHED)}, storeFields: ['title', 'url'], tokenize: bigramTokenize });
  const hits = mini.search(q, { combineWith: 'AND', prefix: (t) => !HAN.test(t), fuzzy: (t) => (HAN.test(t) ? false : 0.2) });
  const first = hits.slice(0, ${FIRST_MINI}).map((h) => h.title);
  const at = performance.timeOrigin + performance.now();
  return { at, total: hits.length, urls: hits.map((h) => h.url), first: first[0] };
};
</script>`;

const PAGEFIND_PAGE = `<!doctype html><meta charset="utf-8"><title>pagefind</title>
<script type="module">
window.__run = async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  const r = await pf.search(q);
  const first = await Promise.all(r.results.slice(0, ${FIRST_PAGEFIND}).map((x) => x.data()));
  const at = performance.timeOrigin + performance.now();
  const rest = await Promise.all(r.results.slice(${FIRST_PAGEFIND}).map((x) => x.data()));
  return { at, total: r.results.length, urls: first.concat(rest).map((d) => d.url), first: first[0] && first[0].meta.title };
};
</script>`;

// ---- measuring in Chromium ------------------------------------------------------------------------

/** Sums the responses that finished by `at` (epoch ms, fractional) and that `keep` counts, raw and gzipped. */
function bytesBefore(entries, at, keep, served) {
  if (process.env.VERBOSE > 1) entries.forEach((e) => console.error(e.path, (e.start - at).toFixed(1), (e.end - at).toFixed(1)));
  const files = entries.filter((e) => e.end <= at && keep(e.path) && served.has(e.path)).map((e) => e.path);
  return {
    raw: files.reduce((n, f) => n + served.get(f).length, 0),
    gzip: files.reduce((n, f) => n + gzOnce(served.get(f)), 0),
    files,
  };
}

/** Resource Timing of the page and its workers, each entry's end as epoch ms. */
async function timings(page) {
  const lists = await Promise.all([page, ...page.workers()].map((scope) => scope.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, start: performance.timeOrigin + e.startTime, end: performance.timeOrigin + e.responseEnd })))));
  return lists.flat();
}

async function measure(browser, base, served, url, waitAndRun, keep, firstAt = (entries, at) => at) {
  const context = await browser.newContext(); // cold cache for every query
  const page = await context.newPage();
  if (process.env.VERBOSE) {
    page.on('console', (m) => console.error('console:', m.text()));
    page.on('pageerror', (e) => console.error('page error:', e.message));
    page.on('requestfailed', (r) => console.error('request failed:', r.url()));
  }
  await page.addInitScript(() => {
    performance.setResourceTimingBufferSize(100000);
    new MutationObserver((changes, observer) => {
      if (!document.querySelector('.search-hit')) return;
      window.__firstHit = performance.timeOrigin + performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  try {
    await page.goto(base + url);
    const result = await waitAndRun(page);
    const start = await page.evaluate(() => performance.timeOrigin);
    const entries = await timings(page);
    const at = firstAt(entries, result.at);
    return { ...result, ms: at - start, ...bytesBefore(entries, at, keep, served) };
  } finally {
    await context.close();
  }
}

/** Our page in Chromium; hits and recall come from the same engine in node, so they survive a page error. */
async function ours(browser, base, served, q) {
  const store = diskStore(indexDir());
  const searcher = new engine.Engine(store);
  const r = run(searcher, store, q);
  const ids = new Set(r.hits.map((h) => idOf(card(searcher, store, h.doc)[1])));
  const m = await row('ours', q, () => measure(browser, base, served, '/search/index.html?q=' + encodeURIComponent(q), async (page) => {
    try {
      await page.waitForFunction(() => window.__firstHit !== undefined || /暂时不可用/.test(document.body.innerText), null, { timeout: 30000 });
      if (!(await page.evaluate(() => window.__firstHit !== undefined))) throw new Error('no hit');
    } catch (e) {
      const said = await page.evaluate(() => document.querySelector('main').innerText.replace(/\s+/g, ' ').trim());
      throw new Error(`no .search-hit; the page says: ${said.slice(-160)}`);
    }
    return page.evaluate(() => ({
      at: window.__firstHit,
      total: Number((/共 (\d+) 篇/.exec(document.querySelector('.search-status').textContent) || [0, 0])[1]),
    }));
  }, (p) => p.startsWith('/search/') && p !== '/search/index.html' || /^\/assets\/search(-engine)?\.js$/.test(p),
  // The page asks for snippet text (search/t/, which the engine itself never needs) right after it
  // renders the hits; the observer runs a few ms later, so the first such request marks the results.
  (entries, at) => Math.min(at, ...entries.filter((e) => e.path.startsWith('/search/t/')).map((e) => e.start))));
  return { ...m, ids, total: r.total, pageTotal: m.total };
}

async function harness(browser, base, served, page, prefix, q) {
  const m = await measure(browser, base, served, page, (p) => p.evaluate((query) => window.__run(query), q),
    (p) => p.startsWith(prefix) && p !== page);
  return { ...m, ids: new Set(m.urls.map(idOf).filter(Boolean)) };
}

/** One engine and query; a failure becomes a row that says so instead of ending the comparison. */
async function row(name, q, measureIt) {
  try {
    return { engine: name, q, ...(await measureIt()) };
  } catch (e) {
    return { engine: name, q, error: e.message.split('\n')[0] };
  }
}

async function main() {
  const lib = await minifiedLibrary();
  const built = buildMini();
  const virtual = new Map([
    ['/__bench/minisearch.html', Buffer.from(MINI_PAGE)],
    ['/__bench/pagefind.html', Buffer.from(PAGEFIND_PAGE)],
    ['/__bench/minisearch.min.js', lib],
    ['/__bench/minisearch-index.json', built.index],
  ]);
  const served = new Map();
  const server = await serve(virtual, served);
  const base = 'http://127.0.0.1:' + server.address().port;
  if (process.env.VERBOSE) console.error('serving', site, 'at', base);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const rows = [];
  try {
    for (const q of QUERIES) {
      rows.push(await ours(browser, base, served, q));
      rows.push(await row('minisearch', q, () => harness(browser, base, served, '/__bench/minisearch.html', '/__bench/minisearch', q)));
      rows.push(await row('pagefind', q, () => harness(browser, base, served, '/__bench/pagefind.html', '/pagefind/', q)));
    }
  } finally {
    await browser.close();
    server.close();
  }

  console.log(`MiniSearch ${JSON.parse(fs.readFileSync(path.join(__dirname, 'node_modules/minisearch/package.json'))).version}: index ${kb(built.index.length)} raw, ${kb(gz(built.index))} gzip ` +
    `(built in ${built.ms.toFixed(0)} ms); library (UMD, terser-minified) ${kb(lib.length)} raw, ${kb(gz(lib))} gzip`);
  console.log('Bytes served before the first results (search files only: page, CSS and site.js excluded; gzip -9 per file, Pagefind files as stored since they are gzipped already;');
  console.log(`ours: first ${FIRST_MINI} cards, Pagefind: first ${FIRST_PAGEFIND} fragments; recall = found/all papers whose text contains every term):`);
  const header = pad('engine', 12) + pad('query', 24) + 'hits'.padStart(6) + 'recall'.padStart(9) + 'files'.padStart(7)
    + 'raw'.padStart(11) + 'gzip'.padStart(11) + 'first (ms)'.padStart(12);
  console.log(header);
  console.log('-'.repeat(header.length));
  rows.forEach((r) => {
    const rc = r.ids ? recall(r.q, r.ids) : { text: '?' };
    const head = pad(r.engine, 12) + pad(r.q, 24) + String(r.total === undefined ? '?' : r.total).padStart(6) + rc.text.padStart(9);
    if (r.error) return console.log(head + '  FAILED in the browser: ' + r.error.slice(0, 150));
    if (r.pageTotal !== undefined && r.pageTotal !== r.total) console.log(`  (${r.engine} ${r.q}: the page says ${r.pageTotal} hits, the engine in node ${r.total})`);
    console.log(head + String(r.files.length).padStart(7) + kb(r.raw).padStart(11) + kb(r.gzip).padStart(11) + r.ms.toFixed(0).padStart(12));
  });
  if (process.env.VERBOSE) rows.filter((r) => r.files).forEach((r) => console.log(r.engine, r.q, r.files.join(' ')));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
