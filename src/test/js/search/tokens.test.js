'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { api } = require('./reader.js');

const cases = JSON.parse(fs.readFileSync(path.join(__dirname, '../../resources/search/tokens.json'), 'utf8'));

test('the reader tokenizes as the Java index does', () => {
  for (const c of cases) assert.deepEqual(api.tokenize(c.text), c.terms, c.text);
  for (const c of cases) assert.deepEqual(api.words(c.text), c.words, 'phrase words of ' + c.text);
});

test('word pairs: bucket and key hashes as PairsTest has them; numbers as varint gaps or a bitmap', () => {
  assert.equal(api.pairBucket('leader election', 1000), 827);
  assert.equal(api.pairKey('leader election'), 'cdOST');
  assert.equal(api.pairBucket('特征 征存', 7), 0);
  assert.equal(api.pairKey('特征 征存'), 'cYhRl');
  assert.deepEqual([...api.numbers('jn', 0)], [3, 10]);
  assert.deepEqual([...api.numbers('hB', 2)], [0, 5, 6]);
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

test('a document url of only # takes the anchor of its breadcrumb, as ChunkTest has it', () => {
  assert.equal(api.slug('Must-know › Feature Scaling (v2)'), 'feature-scaling-v2');
  assert.equal(api.slug('spark_udf and mapInPandas'), 'spark_udf-and-mapinpandas');
});

test('dictionary keys: two characters, others as hex', () => {
  assert.equal(api.key('vector'), 've');
  assert.equal(api.key('e.g'), 'e_2e');
  assert.equal(api.key('特征'), '_7279_5f81');
});

test('the status line: an exact count, or a lower bound while deeper tiers are not fetched', () => {
  assert.equal(api.countText(0, 0, true), 'No results');
  assert.equal(api.countText(1, 1, true), '1 result');
  assert.equal(api.countText(3, 3, true), '3 results');
  assert.equal(api.countText(8, 30, true), '8 of 30 results');
  assert.equal(api.countText(8, 200, false), '8 of 200+ results');
  assert.equal(api.countText(5, 5, false), '5+ results');
});

const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const enc = (pairs) => {
  let s = '', prev = 0;
  const v = (x) => { while (x >= 32) { s += A[x & 31]; x >>>= 5; } s += A[32 + x]; };
  for (const [d, i] of pairs) { v(d - prev); v(i); prev = d; }
  return s;
};
// An engine over files given as {path: data}, recording the paths it loads.
function engineOver(files) {
  const loaded = [];
  const engine = api.createEngine(async (k) => {
    if (!files[k]) throw new Error(k);
    loaded.push(k);
    window.studysite.searchData(k, files[k]);
  });
  return { engine, loaded };
}

test('ranking: a term in a title outranks the same term in a body; AND drops documents missing a term', async () => {
  const meta = { c: 2, f: 2, b: 1, n: 3, N: 4 };
  const { engine } = engineOver({
    't/ve': { ...meta, t: ['vector', 3, enc([[0, 10], [1, 40], [2, 20]])] },
    't/as': { ...meta, t: ['assembler', 3, enc([[1, 30], [2, 30], [3, 5]])] },
    'd/0': [['n', 'a.html', 'A', '', 'vector only'], ['n', 'b.html', 'Vector Assembler', '', 'x']],
    'd/1': [['n', 'c.html#s', 'C', 'S', 'vector assembler in a body'], ['q', 'quizzes/q.html#q-1', 'Q', '', 'assembler']],
    // The pair's sections are vector's postings 1 and 2 (its base word, flag A): gaps 1, 1.
    'b/0': [api.pairKey('vector assembler') + 'A' + 'hh'],
  });
  const r = await engine.search('vector assembler');
  assert.deepEqual(r.results.map((x) => x.url), ['b.html', 'c.html#s']);
  assert.equal(r.exact, true);
  const typo = await engine.search('vectr ');
  assert.deepEqual(typo.results.map((x) => x.url), ['b.html', 'c.html#s', 'a.html'], 'vectr: 5 letters, one typo allowed');
  const short = await engine.search('vec ');
  assert.deepEqual(short.results.map((x) => x.url), [], 'a finished 3-letter word is neither a prefix nor a typo');
  const t2 = await engine.search('vetcor');
  assert.deepEqual(t2.results.map((x) => x.url), ['b.html', 'c.html#s', 'a.html']);
  const phrase = await engine.search('"vector assembler" ');
  assert.deepEqual(phrase.results.map((x) => x.url), ['b.html', 'c.html#s']);
  assert.equal(phrase.exact, true);
  const reversed = await engine.search('"assembler vector"');
  assert.deepEqual(reversed.results.map((x) => x.url), [], 'no section has the words in that order');
  const open = await engine.search('"vector ass');
  assert.deepEqual(open.results.map((x) => x.url), ['b.html', 'c.html#s'], 'an open phrase: its last word is a prefix');
  const pre = await engine.search('vector ass');
  assert.deepEqual(pre.results.map((x) => x.url), ['b.html', 'c.html#s']);
  const notes = await engine.search('assembler', { filter: 'notes' });
  assert.deepEqual(notes.results.map((x) => x.url), ['b.html', 'c.html#s'], 'notes are the ids below n');
  const questions = await engine.search('assembler', { filter: 'questions' });
  assert.deepEqual(questions.results.map((x) => x.url), ['quizzes/q.html#q-1']);
});

test('tiers: the best documents first; a deeper tier only while an unseen document could still rank', async () => {
  // "common" is in 12 documents: tier 0 holds its best 4 (impacts 50…40), tier 1 the rest (impacts ≤ 10).
  // "rare" is in 3 documents, inline.
  const meta = { c: 2, f: 2, b: 1, n: 12, N: 12 };
  const best = [[1, 50], [4, 45], [7, 42], [10, 40]];
  const rest = [[0, 10], [2, 9], [3, 8], [5, 7], [6, 6], [8, 5], [9, 4], [11, 3]];
  const docs = {};
  for (let c = 0; c < 6; c++) docs['d/' + c] = [0, 1].map((i) => ['n', `n${2 * c + i}.html`, `N${2 * c + i}`, '', 'common']);
  const files = {
    ...docs,
    't/co': { ...meta, t: ['common', 12, 2] },
    'p/co.0.0': enc(best),
    'p/co.0.1': enc(rest),
    't/ra': { ...meta, t: ['rare', 3, enc([[0, 30], [3, 30], [4, 30]])] },
  };
  let { engine, loaded } = engineOver(files);
  const one = await engine.search('common', { limit: 2 });
  assert.deepEqual(one.results.map((x) => x.url), ['n1.html', 'n4.html']);
  assert.equal(one.exact, false, 'tier 1 not fetched: the count is a lower bound');
  assert.equal(one.total, 4);
  assert.ok(!loaded.includes('p/co.0.1'));
  ({ engine, loaded } = engineOver(files));
  // common AND rare: only doc 4 has both in tier 0; a second result may be in tier 1 (impacts up to 10 with
  // rare's 30), so tier 1 is fetched, which adds docs 0 and 3 and makes the count exact.
  const both = await engine.search('common rare ', { limit: 2 });
  assert.deepEqual(both.results.map((x) => x.url), ['n4.html', 'n0.html']);
  assert.ok(loaded.includes('p/co.0.1'));
  assert.equal(both.exact, true);
  assert.equal(both.total, 3);
  ({ engine, loaded } = engineOver(files));
  // While "comm" is typed its completion is scored from tier 0 only (doc 4); the rare word's other sections are
  // then checked for it in their stored text, without fetching tier 1.
  const typing = await engine.search('rare comm', { limit: 3 });
  assert.deepEqual(typing.results.map((x) => x.url), ['n4.html', 'n0.html', 'n3.html']);
  assert.ok(!loaded.includes('p/co.0.1'));
  assert.equal(typing.exact, false);
});
