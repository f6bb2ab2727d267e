'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { api } = require('./reader.js');

const cases = JSON.parse(fs.readFileSync(path.join(__dirname, '../../resources/search/tokens.json'), 'utf8'));

test('the reader tokenizes as the Java index does', () => {
  for (const c of cases) assert.deepEqual(api.tokenize(c.text), c.terms, c.text);
});

test('queries: AND terms, quoted phrases, the last bare word is a prefix while typing', () => {
  const q = api.parseQuery('Vector "champion alias" asse');
  assert.deepEqual(q.map((c) => [c.terms, c.phrase, c.prefix]),
    [[['vector'], false, false], [['champion', 'alias'], true, false], [['asse'], false, true]]);
  assert.equal(api.parseQuery('asse ')[0].prefix, false);
  assert.deepEqual(api.parseQuery('the of').length, 0);
});

test('edit distance: substitutions, insertions, deletions and swaps count one each', () => {
  assert.equal(api.distance('vector', 'vectro', 1), 1);
  assert.equal(api.distance('vector', 'vecor', 1), 1);
  assert.equal(api.distance('vector', 'vectors', 1), 1);
  assert.equal(api.distance('assembler', 'asemblr', 2), 2);
  assert.ok(api.distance('vector', 'factor', 1) > 1);
});

test('postings decode from base-64 varints (doc deltas, impacts)', () => {
  // docs 0 (impact 5), 40 (impact 33)
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const enc = (v) => { let s = ''; while (v >= 32) { s += A[v & 31]; v >>>= 5; } return s + A[32 + v]; };
  const m = api.decode(enc(0) + enc(5) + enc(40) + enc(33));
  assert.deepEqual([...m], [[0, 5], [40, 33]]);
});

test('marks: a run is marked when its whole form or a part matched', () => {
  const p = api.pieces('Use VectorAssembler, then spark_udf.', ['assembler', 'spark_udf']);
  assert.deepEqual(p.filter((x) => x.mark).map((x) => x.text), ['VectorAssembler', 'spark_udf']);
});

test('shard keys: two characters, others as hex', () => {
  assert.equal(api.key('vector'), 've');
  assert.equal(api.key('e.g'), 'e_2e');
  assert.equal(api.key('特征'), '_7279_5f81');
});

test('ranking: a term in a title outranks the same term in a body; AND drops documents missing a term', async () => {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const enc = (pairs) => { let s = '', prev = 0; const v = (x) => { while (x >= 32) { s += A[x & 31]; x >>>= 5; } s += A[32 + x]; };
    for (const [d, i] of pairs) { v(d - prev); v(i); prev = d; } return s; };
  const files = {
    't/ve': { c: 4, t: ['vector', enc([[0, 10], [1, 40], [2, 20]])] },
    't/as': { c: 4, t: ['assembler', enc([[1, 30], [2, 30]])] },
    'd/0': [['n', 'a.html', 'A', '', 'vector only'], ['n', 'b.html', 'Vector Assembler', '', 'x'],
      ['n', 'c.html#s', 'C', 'S', 'vector assembler in a body']],
  };
  const engine = api.createEngine(async (k) => { if (!files[k]) throw new Error(k); window.studysite.searchData(k, files[k]); });
  const r = await engine.search('vector assembler');
  assert.deepEqual(r.results.map((x) => x.url), ['b.html', 'c.html#s']);
  const typo = await engine.search('vectr ');
  assert.deepEqual(typo.results.map((x) => x.url), ['b.html', 'c.html#s', 'a.html'], 'vectr: 5 letters, one typo allowed');
  const short = await engine.search('vec ');
  assert.deepEqual(short.results.map((x) => x.url), [], 'a finished 3-letter word is neither a prefix nor a typo');
  const t2 = await engine.search('vetcor');
  assert.deepEqual(t2.results.map((x) => x.url), ['b.html', 'c.html#s', 'a.html']);
  const phrase = await engine.search('"vector assembler" ');
  assert.deepEqual(phrase.results.map((x) => x.url), ['b.html', 'c.html#s']);
  const pre = await engine.search('vector ass');
  assert.deepEqual(pre.results.map((x) => x.url), ['b.html', 'c.html#s']);
});
