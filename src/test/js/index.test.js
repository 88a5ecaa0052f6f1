'use strict';
// Query tests against a built index (SEARCH_INDEX_DIR) and the digest it was built from.
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { ROOT, engine, indexDir, diskStore, run, card, digestEntries } = require('./support.js');

const dir = indexDir();
const skip = dir ? false : 'SEARCH_INDEX_DIR is not set: run bench/search-size.sh (it builds target/search-site from the digest) and set SEARCH_INDEX_DIR=target/search-site';
const digest = process.env.SEARCH_DIGEST || path.join(ROOT, 'content/iclr2026-llm.txt');

let store;
let searcher;
let entries;
let docLines;

function setup() {
  if (searcher) return;
  store = diskStore(dir);
  searcher = new engine.Engine(store);
  entries = digestEntries(digest);
  const meta = run(searcher, store, '').missing ? null : store.get('meta');
  docLines = [];
  for (let doc = 0; doc < meta.docs; doc++) docLines.push(card(searcher, store, doc)[4]);
}

/** The digest entry a document came from: the last entry starting at or before its source line. */
function entryOf(doc) {
  const line = docLines[doc];
  let found = null;
  for (const e of entries) if (e.line <= line) found = e;
  return found;
}

/**
 * The canonical names of a document's tags (from docs.js). Tag folding is a feature: a paper tagged
 * "low-rank adaptation" carries the canonical tag LoRA, so searching LoRA finds it.
 */
function canonicalTags(doc) {
  const facets = store.get('docs');
  return facets.docs[doc][1].map((t) => engine.normalize(facets.tags[t][1])).join('\n');
}

/** The digest entries whose text, or whose document's canonical tags, match. */
function truthLines(match) {
  const lines = new Set(entries.filter((e) => match(e.text)).map((e) => e.line));
  docLines.forEach((line, doc) => { if (match(canonicalTags(doc))) lines.add(entryOf(doc).line); });
  return lines;
}

function titles(r, n) {
  return r.hits.slice(0, n).map((h) => card(searcher, store, h.doc)[2]);
}

const PHRASES = ['安全对齐', '思维链', '知识蒸馏', '奖励模型', '强化学习', '多模态', '微调', '幻觉', '推理能力', '检索增强生成'];

/** A text's Han runs and words (stemmed) in order: what synonym phrases are matched against. */
function keyParts(text) {
  return engine.segments(text).segments.map((s) => (s.kind === 'word' ? engine.stem(s.text) : s.text));
}

/** The synonyms the index lists for a one-part phrase (Han run or word). */
function synonymsOf(phrase) {
  const key = keyParts(phrase).join(' ');
  const name = 's/' + engine.shardOf(key, store.get('meta').synonymShards);
  if (!store.get(name)) store.load(name);
  return store.get(name)[key] || [];
}

/** Whether a text has a synonym: a Han phrase anywhere, a word in any form, or words in a row. */
function hasPhrase(text, phrase) {
  const parts = keyParts(phrase);
  if (parts.length === 1 && engine.isHan(parts[0][0])) return text.includes(parts[0]);
  if (parts.length === 1) {
    // One word: as a word or a hyphen part, in any form (tokenizers and tokenize share ~tokeniz).
    const w = engine.normalize(phrase).trim();
    const root = engine.stem(w);
    const tokens = engine.tokenize(text);
    return tokens.includes(w) || tokens.includes('~' + root) || (engine.stem(root) === root && tokens.includes(root));
  }
  const words = keyParts(text);
  return words.some((_, i) => parts.every((p, k) => words[i + k] === p));
}

for (const phrase of PHRASES) {
  test(`finds exactly the papers whose text contains ${phrase} or one of its synonyms`, { skip }, () => {
    setup();
    const members = [phrase].concat(synonymsOf(phrase));
    const truth = [...truthLines((text) => members.some((m) => hasPhrase(text, m)))].sort((a, b) => a - b);
    const r = run(searcher, store, phrase);
    const found = r.hits.map((h) => entryOf(h.doc).line).sort((a, b) => a - b);
    assert.ok(truth.length > 0, `the digest has ${phrase}`);
    assert.deepStrictEqual(found, truth, `synonyms: ${members.join(', ')}`);
  });
}

for (const [query, method] of [['GuardSpace', 'GuardSpace'], ['FedTDP', 'FedTDP'], ['AsyPPO', 'AsyPPO']]) {
  test(`ranks the paper proposing ${method} first for ${query}`, { skip }, () => {
    setup();
    const r = run(searcher, store, query);
    const top = entryOf(r.hits[0].doc);
    assert.ok(top.text.includes(method.toLowerCase()), `top hit ${titles(r, 1)} mentions ${method}`);
    assert.match(titles(r, 1)[0] + ' ' + top.text.slice(0, 4000), new RegExp(method, 'i'));
  });
}

test('completes the last word as a prefix (guardsp → GuardSpace)', { skip }, () => {
  setup();
  const exact = run(searcher, store, 'GuardSpace');
  const r = run(searcher, store, 'guardsp');
  assert.strictEqual(r.hits[0].doc, exact.hits[0].doc);
  assert.ok(r.terms.includes('guardspace'));
});

test('finds GuardSpace despite one swapped pair of letters (GaurdSpace)', { skip }, () => {
  setup();
  const exact = run(searcher, store, 'GuardSpace');
  const r = run(searcher, store, 'GaurdSpace');
  assert.strictEqual(r.hits[0].doc, exact.hits[0].doc);
});

test('does not complete a word followed by a space', { skip }, () => {
  setup();
  const r = run(searcher, store, 'guardsp ');
  assert.strictEqual(r.total, 0);
});

test('matches LoRA as a word, never inside exploration', { skip }, () => {
  setup();
  const r = run(searcher, store, 'LoRA');
  const wordRe = /(^|[^\p{L}\p{Nd}])lora($|[^\p{L}\p{Nd}])/u;
  const truth = truthLines((text) => wordRe.test(text));
  assert.strictEqual(r.total, truth.size);
  for (const h of r.hits) assert.ok(truth.has(entryOf(h.doc).line), `hit at line ${entryOf(h.doc).line} has no word LoRA`);
});

test('puts papers with both LoRA and 微调 before papers with one', { skip }, () => {
  setup();
  const r = run(searcher, store, 'LoRA 微调');
  const lora = truthLines((text) => /(^|[^\p{L}\p{Nd}])lora($|[^\p{L}\p{Nd}])/u.test(text));
  const tuning = truthLines((text) => text.includes('微调'));
  const both = [...lora].filter((line) => tuning.has(line));
  assert.strictEqual(r.complete, both.length);
  r.hits.slice(0, r.complete).forEach((h) => assert.ok(h.all));
  r.hits.slice(r.complete).forEach((h) => assert.ok(!h.all));
  const glued = run(searcher, store, 'LoRA微调');
  assert.strictEqual(glued.complete, both.length);
});

test('keeps hyphenated names whole (llama-2, kv-cache) and finds gsm8k', { skip }, () => {
  setup();
  for (const q of ['llama-2', 'kv-cache', 'gsm8k']) {
    const r = run(searcher, store, q + ' ');
    const truth = entries.filter((e) => engine.tokenize(e.text).includes(q)).map((e) => e.line);
    assert.ok(truth.length > 0, q);
    const found = r.hits.map((h) => entryOf(h.doc).line).sort((a, b) => a - b);
    if (synonymsOf(q).length === 0) assert.deepStrictEqual(found, truth, q);
    // kv-cache has synonyms (KV cache, KV 缓存): its own papers must all be there.
    else truth.forEach((line) => assert.ok(found.includes(line), `${q} finds line ${line}`));
  }
});

test('counts topics and tags over the hits and filters by them', { skip }, () => {
  setup();
  const r = run(searcher, store, '强化学习');
  const facets = store.get('docs');
  const [topicIndex, count] = [...r.topicCounts.entries()].sort((a, b) => b[1] - a[1])[0];
  const filtered = run(searcher, store, '强化学习', { topic: facets.topics[topicIndex] });
  assert.strictEqual(filtered.total, count);
  assert.ok(filtered.total < r.total);
  const [tagIndex, tagCount] = [...r.tagCounts.entries()].sort((a, b) => b[1] - a[1])[0];
  assert.strictEqual(run(searcher, store, '强化学习', { tag: facets.tags[tagIndex][0] }).total, tagCount);
});

test('lists the papers of a topic for an empty query with a topic filter', { skip }, () => {
  setup();
  const facets = store.get('docs');
  const r = run(searcher, store, '', { topic: facets.topics[0] });
  assert.strictEqual(r.total, facets.docs.filter((d) => d[0] === 0).length);
});
