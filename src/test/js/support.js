'use strict';
// Test support: loads built index files from disk into a store, and scans the digest for truth sets.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const ROOT = path.resolve(__dirname, '../../..');
const engine = require(path.join(ROOT, 'templates/assets/search-engine.js'));

/** The directory holding meta.js: SEARCH_INDEX_DIR itself or its search/ folder; null when unset. */
function indexDir() {
  const dir = process.env.SEARCH_INDEX_DIR;
  if (!dir) return null;
  const candidates = [dir, path.join(dir, 'search')];
  const found = candidates.find((d) => fs.existsSync(path.join(d, 'meta.js')));
  if (!found) throw new Error(`SEARCH_INDEX_DIR=${dir} has no meta.js (nor search/meta.js)`);
  return found;
}

/** A store that reads index files synchronously on demand and counts the bytes it read. */
function diskStore(dir) {
  const data = new Map();
  const store = {
    loaded: [],
    get(name) {
      return data.get(name);
    },
    load(name) {
      const file = path.join(dir, name + '.js');
      if (!fs.existsSync(file)) throw new Error('index file missing: ' + file);
      const code = fs.readFileSync(file);
      store.loaded.push({ name, bytes: code });
      vm.runInNewContext(code.toString('utf8'), { __sgSearch: { add: (n, d) => data.set(n, d) } });
    },
    reset() {
      store.loaded = [];
    },
  };
  return store;
}

/** Runs a query to completion, loading whatever the engine asks for. */
function run(searcher, store, query, filters) {
  for (let round = 0; round < 10; round++) {
    const r = searcher.search(query, filters);
    if (!r.missing) return r;
    r.missing.forEach((name) => store.load(name));
  }
  throw new Error('query did not settle: ' + query);
}

/** The card of a doc, loading its chunk if needed. */
function card(searcher, store, doc) {
  if (!searcher.card(doc)) store.load(searcher.cardFile(doc));
  return searcher.card(doc);
}

const AREA_LINE = '基础/前沿模型 (含LLM)';
const ABSTRACT_LINE = '查看完整摘要 (Abstract)';
const FIELD = /^(?:🎯|❓|🔍|🛠️|📊|⭐) (?:研究动机|解决问题|现象分析|主要方法|数据与实验|主要贡献)(.*)$/u;
const SECTION = /^\S.*\d+ 篇$/u;

/** The digest's entries: {line (1-based, of the area line), text (what a reader can search)}. */
function digestEntries(file) {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const entries = [];
  let current = null;
  let inAbstract = false;
  lines.forEach((line, i) => {
    if (line === AREA_LINE) {
      current = { line: i + 1, parts: [] };
      entries.push(current);
      inAbstract = false;
      return;
    }
    if (!current || i === current.line) return; // the topic line right after the area line
    let m;
    if (inAbstract) {
      if (!SECTION.test(line)) current.parts.push(line);
    } else if (line === ABSTRACT_LINE) {
      inAbstract = true;
    } else if (line.startsWith('#')) {
      current.parts.push(line);
    } else if (line.startsWith('TL;DR:')) {
      current.parts.push(line.slice(6));
    } else if ((m = FIELD.exec(line))) {
      current.parts.push(m[1]);
    }
  });
  return entries.map((e) => ({ line: e.line, text: engine.normalize(e.parts.join('\n')) }));
}

module.exports = { ROOT, engine, indexDir, diskStore, run, card, digestEntries };
