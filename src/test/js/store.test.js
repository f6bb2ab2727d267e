// Unit tests of the pure part of assets/js/store.js (the document's version and its migration) under Node.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const store = require(path.join(__dirname, '../../main/resources/assets/js/store.js'));

const v1 = () => ({
  version: 1, attempts: { 'q@h': [{ date: 1, score: 1, total: 2, percent: 50, pass: false, answers: { a: [1] } }] },
  exams: {}, examState: {}, questions: { 'q#a': { d: 'x', seen: 1, right: 1 } }, leitner: { 'q#b': { box: 1, due: 5 } },
  read: { n: 3 }, checks: {},
});

test('version 2 adds quizState, the picks of quizzes not yet submitted', () => {
  assert.equal(store.VERSION, 2);
  assert.ok(store.PARTS.includes('quizState'));
  assert.equal(store.valid(store.empty()), true);
});

test('a version 1 document migrates to version 2 keeping every answer, attempt and box', () => {
  const old = v1();
  const doc = store.migrate(old);
  assert.equal(doc.version, 2);
  assert.deepEqual(doc.quizState, {});
  for (const part of ['attempts', 'exams', 'examState', 'questions', 'leitner', 'read', 'checks']) {
    assert.deepEqual(doc[part], old[part], part);
  }
  assert.equal(old.version, 1, 'the input is not changed');
  assert.equal(store.valid(doc), true);
});

test('a current document passes as it is; damaged, newer or foreign ones do not migrate', () => {
  const cur = store.migrate(v1());
  assert.deepEqual(store.migrate(cur), cur);
  assert.equal(store.migrate(null), null);
  assert.equal(store.migrate([]), null);
  assert.equal(store.migrate({ version: 0, attempts: [] }), null);
  assert.equal(store.migrate({ ...cur, version: 3 }), null, 'a newer version is not guessed at');
  assert.equal(store.migrate({ ...v1(), leitner: [] }), null, 'a part of the wrong type');
  const noChecks = v1();
  delete noChecks.checks;
  assert.equal(store.migrate(noChecks), null, 'a missing part');
});
