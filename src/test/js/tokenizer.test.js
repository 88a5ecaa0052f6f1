'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, engine } = require('./support.js');

const golden = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/test/resources/search/tokenizer-golden.json'), 'utf8'));

for (const c of golden.cases) {
  test(`tokenizes ${JSON.stringify(c.input)} like the Java tokenizer`, () => {
    assert.deepStrictEqual(engine.tokenize(c.input), c.tokens);
  });
}

test('marks the last segment open when the query ends inside it', () => {
  assert.strictEqual(engine.segments('guardsp').open, true);
  assert.strictEqual(engine.segments('guardsp ').open, false);
});
