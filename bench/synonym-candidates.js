#!/usr/bin/env node
'use strict';
// Lists candidate Chinese synonyms for English terms, to grow content/synonyms.yml (see bench/README.md).
// Usage: cd <built site>/search && node <repo>/bench/synonym-candidates.js [extra term,extra term]
const fs = require('fs'); const d = {}; global.__sgSearch = { add: (n, v) => d[n] = v };
const meta = (require(process.cwd() + '/meta.js'), d.meta);
for (let i = 0; i < meta.synonymShards; i++) require(process.cwd() + '/s/' + i + '.js');
for (let i = 0; i * meta.textChunk < meta.docs; i++) require(process.cwd() + '/t/' + i + '.js');
const texts = []; for (let i = 0; i * meta.textChunk < meta.docs; i++) d['t/' + i].forEach((t) => texts.push(t));
const syn = {}; for (let i = 0; i < meta.synonymShards; i++) Object.assign(syn, d['s/' + i]);
const longForms = new Set(); Object.entries(syn).forEach(([k, v]) => { if (!k.includes(' ')) v.forEach((p) => longForms.add(p)); });
const grams = (s) => { const set = new Set(); for (const run of s.match(/\p{Script=Han}+/gu) || []) for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= run.length; i++) set.add(run.slice(i, i + n)); return set; };
const docGrams = texts.map((t) => grams(t[0])); const df = new Map(); docGrams.forEach((g) => g.forEach((x) => df.set(x, (df.get(x) || 0) + 1)));
const extra = (process.argv[2] || '').split(',').filter(Boolean);
for (const lf of [...longForms, ...extra]) {
  const hit = texts.map((t, i) => t[1].toLowerCase().includes(lf) ? i : -1).filter((i) => i >= 0);
  if (hit.length < 4) continue;
  const c = new Map(); hit.forEach((i) => docGrams[i].forEach((x) => c.set(x, (c.get(x) || 0) + 1)));
  const best = [...c.entries()].filter(([x, n]) => n >= hit.length * 0.4 && n / df.get(x) >= 0.5).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).slice(0, 4);
  if (best.length) console.log(lf, hit.length, best.map(([x, n]) => `${x}:${n}/${df.get(x)}`).join(' '));
}
