// The mock exam draw of assets/js/rules.js against ExamDraw's own output (src/test/resources/draw-vectors.json,
// which DrawVectorsTest checks on the Java side).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const rules = require(path.join(__dirname, '../../main/resources/assets/js/rules.js'));

const vectors = JSON.parse(fs.readFileSync(path.join(__dirname, '../resources/draw-vectors.json'), 'utf8'));

/** A bank as exams/ID.bank.js holds it, from pools and counts. */
function bank(pools, counts) {
  return {
    domains: Object.keys(counts).map((id) => ({ id, count: counts[id] })),
    questions: Object.entries(pools).flatMap(([domain, keys]) => keys.map((key) => ({ key, domain, options: [{}, {}, {}, {}] }))),
  };
}

test('mulberry32 gives the Java test vector', () => {
  const rand = rules.mulberry32(vectors.mulberry32.seed);
  assert.deepEqual(vectors.mulberry32.first.map(() => rand() * 4294967296), vectors.mulberry32.first);
});

test('the draw matches ExamDraw.draw for every vector', () => {
  assert.ok(vectors.draws.length >= 5);
  for (const d of vectors.draws) {
    assert.deepEqual(rules.draw(bank(vectors.pools, d.counts), d.seed), d.keys, `seed ${d.seed}`);
  }
});

test('a domain whose pool is short or missing yields what it has', () => {
  const b = bank({ a: ['a1', 'a2'] }, { a: 5, z: 3 });
  assert.deepEqual(rules.draw(b, 1).sort(), ['a1', 'a2']);
  assert.deepEqual(rules.draw(bank({}, {}), 1), [], 'no questions');
});

test('option orders: one permutation per drawn question, replayed by the seed', () => {
  const b = bank(vectors.pools, vectors.draws[0].counts);
  const order = rules.draw(b, 77);
  const first = rules.optionOrders(b, order, 77);
  assert.deepEqual(Object.keys(first), order);
  for (const perm of Object.values(first)) assert.deepEqual([...perm].sort(), [0, 1, 2, 3]);
  assert.deepEqual(rules.optionOrders(b, order, 77), first);
  assert.notDeepEqual(rules.optionOrders(b, order, 78), first);
});
