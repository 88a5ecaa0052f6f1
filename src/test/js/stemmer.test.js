'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, engine } = require('./support.js');

const golden = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/test/resources/search/stemmer-golden.json'), 'utf8'));

test('stems every word of the golden file like the Java EnglishStemmer', () => {
  const wrong = golden.cases.filter(([word, stem]) => engine.stem(word) !== stem)
    .map(([word, stem]) => `${word}: ${engine.stem(word)} (want ${stem})`);
  assert.deepStrictEqual(wrong, []);
  assert.ok(golden.cases.length > 400);
});

test('joins tokenizer, tokenizers, tokenization and tokenize, but not tokens', () => {
  for (const w of ['tokenizer', 'tokenizers', 'tokenization', 'tokenize']) assert.strictEqual(engine.stem(w), 'tokeniz', w);
  assert.strictEqual(engine.stem('tokens'), 'token');
});

test('matches an exact phrase in any word form, with only punctuation between', () => {
  const p = engine.phrasePattern(engine.segments('Warmup-Stable and Merge'));
  assert.ok(p.test('we propose warmup-stable and merge (wsm)'));
  assert.ok(!p.test('warmup-stable training and later merge'));
  const d = engine.phrasePattern(engine.segments('diffusion language model'));
  assert.ok(d.test('diffusion language models'));
  assert.strictEqual(engine.phrasePattern(engine.segments('强化学习')), null);
});

test('measures edit distance up to a limit', () => {
  assert.strictEqual(engine.editDistance('speculatve', 'speculative', 3), 1);
  assert.strictEqual(engine.editDistance('tokenzation', 'tokenization', 3), 1);
  assert.strictEqual(engine.editDistance('abcdef', 'uvwxyz', 3), 3);
});
