#!/usr/bin/env node
'use strict';
// Reports what the search page downloads before its first results (raw and gzipped) for typical
// queries, the index's total size, and query latency p50/p95 over ~200 queries in node.
// Usage: node bench/search-size.js <site-or-index-dir> [digest]   (see bench/search-size.sh)
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { performance } = require('node:perf_hooks');

process.env.SEARCH_INDEX_DIR = process.argv[2] || process.env.SEARCH_INDEX_DIR || '';
const { ROOT, engine, indexDir, diskStore, run, digestEntries } = require('../src/test/js/support.js');
const dir = indexDir();
if (!dir) {
  console.error('usage: node bench/search-size.js <dir with search/meta.js> [digest]');
  process.exit(2);
}
const digest = process.argv[3] || path.join(ROOT, 'content/iclr2026-llm.txt');
const FIRST_PAGE = 20;
const SCRIPTS = ['templates/assets/search.js', 'templates/assets/search-engine.js'].map((f) => path.join(ROOT, f));

// Pads by display width: a Han character takes two columns in a terminal.
const pad = (text, n) => text + ' '.repeat(Math.max(0, n - Array.from(text).reduce((w, c) => w + (engine.isHan(c) ? 2 : 1), 0)));
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';

function firstResultBytes(query) {
  const store = diskStore(dir);
  const searcher = new engine.Engine(store);
  const r = run(searcher, store, query);
  r.hits.slice(0, FIRST_PAGE).map((h) => searcher.cardFile(h.doc))
    .filter((f, i, all) => all.indexOf(f) === i).forEach((f) => store.load(f));
  const files = store.loaded.map((l) => l.bytes).concat(SCRIPTS.map((f) => fs.readFileSync(f)));
  return {
    query, hits: r.total, files: files.length,
    raw: files.reduce((s, b) => s + b.length, 0), gzip: files.reduce((s, b) => s + gz(b), 0),
  };
}

function totals() {
  let raw = 0, gzip = 0, count = 0;
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
    const p = path.join(d, e.name);
    if (e.isDirectory()) return walk(p);
    if (!p.endsWith('.js')) return;
    const b = fs.readFileSync(p);
    raw += b.length; gzip += gz(b); count++;
  });
  walk(dir);
  return { count, raw, gzip };
}

function latencyQueries() {
  const entries = digestEntries(digest);
  const queries = [];
  entries.filter((_, i) => i % 16 === 0).forEach((e) => {
    const han = e.text.match(/\p{Script=Han}{4,}/u);
    if (han) queries.push(han[0].slice(0, 4));
    const word = e.text.match(/\b[a-z][a-z0-9-]{6,}\b/);
    if (word) {
      queries.push(word[0]);
      queries.push(word[0].slice(0, 4)); // typing: a prefix
      queries.push(word[0][0] + word[0][2] + word[0][1] + word[0].slice(3)); // a swapped pair
      if (han) queries.push(word[0] + ' ' + han[0].slice(0, 2)); // mixed
    }
  });
  return queries;
}

function latency() {
  const store = diskStore(dir);
  const searcher = new engine.Engine(store);
  const queries = latencyQueries();
  queries.forEach((q) => run(searcher, store, q)); // load every file first: measure the engine, not the disk
  const fresh = new engine.Engine(store); // and start with a cold postings cache
  const times = queries.map((q) => {
    const t = performance.now();
    fresh.search(q);
    return performance.now() - t;
  }).sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2) + ' ms';
  return { queries: times.length, p50: at(0.5), p95: at(0.95), max: at(1) };
}

/** Writes search/latency.html: loads every index file, then times the same queries in the browser. */
function writeBrowserBench(queries) {
  const meta = diskStore(dir);
  meta.load('meta');
  const m = meta.get('meta');
  // Every file a query may need: postings, lexicons, synonyms, and the cards and text the phrase
  // ranking reads, so the timed queries run to the end instead of stopping at "missing".
  const chunks = (count, size, prefix) => Array.from({ length: Math.ceil(m.docs / size) }, (_, i) => prefix + i);
  const files = ['meta', 'docs'].concat(
    Array.from({ length: m.shards }, (_, i) => 'p/' + i).filter((f) => fs.existsSync(path.join(dir, f + '.js'))),
    m.lex.map((k) => 'lex/' + k),
    Array.from({ length: m.synonymShards || 0 }, (_, i) => 's/' + i),
    chunks(m.docs, m.cardChunk, 'c/'), chunks(m.docs, m.textChunk, 't/'));
  const html = ['<!doctype html><meta charset="utf-8"><title>search latency</title>',
    '<script>var data = new Map(); window.__sgSearch = { add: function (n, d) { data.set(n, d); } };</script>',
    '<script src="../assets/search-engine.js"></script>']
    .concat(files.map((f) => `<script src="${f}.js"></script>`))
    .concat([`<script>var queries = ${JSON.stringify(queries)};`,
      'var e = new SgSearchEngine.Engine({ get: function (n) { return data.get(n); } });',
      'var missing = 0; var times = queries.map(function (q) { var t = performance.now(); var r = e.search(q); var d = performance.now() - t; if (r.missing) missing++; return d; }).sort(function (a, b) { return a - b; });',
      'var at = function (p) { return times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2) + " ms"; };',
      'var out = document.createElement("p"); out.textContent = "browser latency: " + times.length + " queries, p50 " + at(0.5) + ", p95 " + at(0.95) + ", max " + at(1) + (missing ? ", " + missing + " stopped early (missing files)" : ""); document.documentElement.appendChild(out);',
      '</script>']).join('\n');
  fs.writeFileSync(path.join(dir, 'latency.html'), html);
}

const typical = ['安全对齐', '思维链', '知识蒸馏', '奖励模型', 'GuardSpace', 'guardsp', 'GaurdSpace', 'LoRA 微调', 'kv-cache', 'reinforcement learning',
  '投机解码', 'speculative decoding', '强化学习 推理', 'diffusion language model', 'tokenizer'];
console.log('Bytes before the first results (scripts + meta + filters + postings/lexicon + cards of the first ' + FIRST_PAGE + '):');
console.log(pad('query', 26) + 'hits'.padStart(6) + 'files'.padStart(7) + 'raw'.padStart(11) + 'gzip'.padStart(11));
typical.map(firstResultBytes).forEach((r) => console.log(
  pad(r.query, 26) + String(r.hits).padStart(6) + String(r.files).padStart(7) + kb(r.raw).padStart(11) + kb(r.gzip).padStart(11)));
const t = totals();
console.log(`Whole index: ${t.count} files, ${kb(t.raw)} raw, ${kb(t.gzip)} gzipped (sum of per-file gzip)`);
const l = latency();
writeBrowserBench(latencyQueries());
console.log(`Query latency in node, cold postings cache: ${l.queries} queries, p50 ${l.p50}, p95 ${l.p95}, max ${l.max}`);
