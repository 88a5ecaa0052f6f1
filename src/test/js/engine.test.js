'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { engine } = require('./support.js');

test('accepts one insertion, deletion, substitution or swap of neighbours', () => {
  assert.ok(engine.withinOneEdit('gaurdspace', 'guardspace'));
  assert.ok(engine.withinOneEdit('guardspce', 'guardspace'));
  assert.ok(engine.withinOneEdit('guardsppace', 'guardspace'));
  assert.ok(engine.withinOneEdit('guardspaxe', 'guardspace'));
  assert.ok(!engine.withinOneEdit('gaurdspcae', 'guardspace'));
  assert.ok(!engine.withinOneEdit('guard', 'guardspace'));
});

test('decodes doc gaps, impacts and Han positions', () => {
  // docs 0 and 3; impacts 5 and 40 (1×32+8); positions of the first: 2 and 34 (gap 32).
  const plain = engine.decodePostings('lora', 'W' + 'b' + 'Y' + '1e');
  assert.deepStrictEqual(plain.docs, [0, 3]);
  assert.deepStrictEqual(plain.impacts, [5, 40]);
  const han = engine.decodePostings('安全', 'W' + 'b' + 'Y' + 'Y' + '1W');
  assert.deepStrictEqual(han.docs, [0]);
  assert.deepStrictEqual(han.positions, [[2, 34]]);
});

test('highlights whole words only, Han runs anywhere', () => {
  const pattern = engine.highlighter(['lora', '安全对齐']);
  const s = engine.snippet('LoRA helps exploration; 安全对齐 matters', pattern, 200);
  assert.deepStrictEqual(s.ranges.map(([a, b]) => s.text.slice(a, b)), ['LoRA', '安全对齐']);
});

test('highlights hyphenated and punctuated terms (kv-cache, qwen2.5, c++)', () => {
  // Regression: escaping "-" broke every query with a hyphen in the browser (invalid escape with the u flag).
  const pattern = engine.highlighter(['kv-cache', 'qwen2.5', 'learning-rate', 'c++']);
  const s = engine.snippet('A KV-cache for Qwen2.5 with a learning-rate schedule in C++', pattern, 200);
  assert.deepStrictEqual(s.ranges.map(([a, b]) => s.text.slice(a, b)), ['KV-cache', 'Qwen2.5', 'learning-rate', 'C++']);
});

test('cuts the snippet around the first match', () => {
  const text = 'x'.repeat(500) + ' GuardSpace ' + 'y'.repeat(500);
  const s = engine.snippet(text, engine.highlighter(['guardspace']), 120);
  assert.ok(s.text.startsWith('…'));
  assert.strictEqual(s.ranges.length, 1);
});

test('hashes terms to the same shards as the Java ShardKey', () => {
  const fs = require('node:fs');
  const path = require('node:path');
  const { ROOT } = require('./support.js');
  const golden = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/test/resources/search/shard-golden.json'), 'utf8'));
  for (const [term, shard] of Object.entries(golden.terms)) {
    assert.strictEqual(engine.shardOf(term, golden.shards), shard, term);
  }
});

test('builds the page with DOM calls only, never by parsing HTML strings', () => {
  const fs = require('node:fs');
  const path = require('node:path');
  const { ROOT } = require('./support.js');
  for (const file of ['search.js', 'search-engine.js', 'site.js']) {
    const source = fs.readFileSync(path.join(ROOT, 'templates/assets', file), 'utf8');
    assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/, file);
  }
});
