// Unit tests of assets/js/rules.js under Node's built-in runner: node --test src/test/js/
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const rules = require(path.join(__dirname, '../../main/resources/assets/js/rules.js'));

const single = (answer, extra = {}) => ({ key: 'q#' + answer, multiple: false, answer: [answer], ...extra });
const multi = (answer, extra = {}) => ({ key: 'q#' + answer.join(''), multiple: true, answer, ...extra });
const emptyDoc = () => ({ version: 1, attempts: {}, exams: {}, examState: {}, questions: {}, leitner: {}, read: {}, checks: {} });

test('single choice is right only with its one option', () => {
  assert.equal(rules.isRight([1], [1]), true);
  assert.equal(rules.isRight([1], [2]), false);
  assert.equal(rules.isRight([1], []), false);
  assert.equal(rules.isRight([1], [1, 2]), false);
});

test('multi-select is all or nothing, in any order', () => {
  assert.equal(rules.isRight([0, 2], [2, 0]), true);
  assert.equal(rules.isRight([0, 2], [0]), false, 'one right option missing');
  assert.equal(rules.isRight([0, 2], [0, 1, 2]), false, 'one wrong option added');
  assert.equal(rules.isRight([0, 2], [0, 0, 2]), true, 'a repeat is one pick');
  assert.equal(rules.credit(multi([0, 2]), [0]), 0, 'all-or-nothing gives no part');
});

test('partial credit: share right less share wrong, never below 0', () => {
  const q = multi([0, 1, 2]);
  assert.equal(rules.credit(q, [0, 1, 2], 'partial'), 1);
  assert.equal(rules.credit(q, [0, 1], 'partial'), 2 / 3);
  assert.equal(rules.credit(q, [0, 1, 3], 'partial'), 1 / 3);
  assert.equal(rules.credit(q, [0, 3, 4], 'partial'), 0, '1 right, 2 wrong floors at 0');
  assert.equal(rules.credit(q, [3, 4], 'partial'), 0);
  assert.equal(rules.credit(q, [], 'partial'), 0);
  assert.equal(rules.credit(single(1), [2], 'partial'), 0, 'single choice never earns a part');
});

test('percent rounds a half up; the pass mark is decided on the percent shown', () => {
  assert.equal(rules.percent(139, 200), 70, '69.5% shows as 70%');
  assert.equal(rules.passes(139, 200, 70), true, '69.5% passes at 70%');
  assert.equal(rules.percent(1388, 2000), 69, '69.4% shows as 69%');
  assert.equal(rules.passes(1388, 2000, 70), false);
  assert.equal(rules.passes(14, 20, 70), true, 'exactly the mark passes');
  assert.equal(rules.percent(31.28, 45), 70, '69.51% of partial credit');
  assert.equal(rules.percent(2, 3), 67);
  assert.equal(rules.percent(0, 0), 0);
});

test('no questions: 0 of 0, 0%, not passed even at a pass mark of 0', () => {
  const r = rules.grade([], { passPercent: 0 });
  assert.deepEqual([r.score, r.total, r.percent, r.pass, r.rows.length], [0, 0, 0, false, 0]);
  assert.equal(rules.weakest(rules.byDomain(r.rows)), null);
});

test('all wrong and all blank score 0 and fail', () => {
  const qs = [single(0, { domain: 'a' }), multi([1, 2], { domain: 'b' }), single(3, { domain: 'a' })];
  const wrong = rules.grade(qs.map((q) => ({ question: q, picked: [q.answer[0] + 1] })), { passPercent: 70 });
  assert.deepEqual([wrong.score, wrong.total, wrong.percent, wrong.pass], [0, 3, 0, false]);
  assert.ok(wrong.rows.every((r) => !r.right && r.credit === 0));
  const blank = rules.grade(qs.map((q) => ({ question: q })), { passPercent: 70, scoring: 'partial' });
  assert.deepEqual([blank.score, blank.percent, blank.pass], [0, 0, false]);
  assert.deepEqual(blank.rows.map((r) => r.picked), [[], [], []]);
});

test('an exam under partial scoring sums credits to 2 decimals, a bad pick floored at 0', () => {
  const qs = [multi([0, 1, 2]), multi([0, 1]), single(2)];
  const r = rules.grade([
    { question: qs[0], picked: [0, 1] },       // 2/3
    { question: qs[1], picked: [0, 2, 3] },    // 1/2 - 2/2 < 0 -> 0
    { question: qs[2], picked: [2] },          // 1
  ], { scoring: 'partial', passPercent: 50 });
  assert.deepEqual(r.rows.map((x) => x.credit), [2 / 3, 0, 1]);
  assert.equal(r.score, 1.67);
  assert.equal(r.percent, 56);
  assert.equal(r.pass, true);
  assert.deepEqual(r.rows.map((x) => x.right), [false, false, true]);
});

test('the band is the highest one reached, whatever the order given', () => {
  const bands = [{ minPercent: 50, label: 'Fair' }, { minPercent: 90, label: 'Excellent' }, { minPercent: 70, label: 'Good' }];
  assert.equal(rules.band(bands, 100).label, 'Excellent');
  assert.equal(rules.band(bands, 89).label, 'Good');
  assert.equal(rules.band(bands, 70).label, 'Good');
  assert.equal(rules.band(bands, 49), null);
  assert.equal(rules.band([], 100), null);
  assert.equal(rules.band(undefined, 100), null);
});

test('breakdown by domain (title first) and by tag, weakest domain', () => {
  const qs = [
    single(0, { domain: 'ml', domainTitle: 'ML', tags: ['x', 'y'] }),
    single(0, { domain: 'ml', domainTitle: 'ML', tags: ['x'] }),
    single(0, { domain: 'ops', tags: [] }),
    single(0, { domain: '', tags: ['y'] }),
    single(0, { domain: 'de', domainTitle: 'Data', tags: [] }),
    single(0, { domain: 'de', domainTitle: 'Data', tags: [] }),
  ];
  const picks = [[0], [1], [1], [0], [0], [1]];
  const { rows } = rules.grade(qs.map((q, i) => ({ question: q, picked: picks[i] })));
  const byDomain = rules.byDomain(rows);
  assert.deepEqual([...byDomain], [['ML', { c: 1, t: 2 }], ['ops', { c: 0, t: 1 }], ['Data', { c: 1, t: 2 }]]);
  assert.deepEqual([...rules.byTag(rows)], [['x', { c: 1, t: 2 }], ['y', { c: 2, t: 2 }]]);
  assert.deepEqual(rules.weakest(byDomain), ['ops', { c: 0, t: 1 }]);
  const tie = new Map([['A', { c: 1, t: 2 }], ['B', { c: 2, t: 4 }], ['C', { c: 3, t: 3 }]]);
  assert.deepEqual(rules.weakest(tie), ['B', { c: 2, t: 4 }], 'equal share: more questions first');
  assert.equal(rules.weakest(new Map([['C', { c: 3, t: 3 }]])), null, 'nothing to study when all right');
});

test('an exam breakdown lists every domain in bank order, with fractional credit', () => {
  const rows = [{ question: { domain: 'b' }, credit: 0.5 }, { question: { domain: 'b' }, credit: 1 / 3 }];
  const per = rules.breakdown(rows, (r) => [r.question.domain], ['a', 'b']);
  assert.deepEqual([...per], [['a', { c: 0, t: 0 }], ['b', { c: 0.83, t: 2 }]]);
});

test('letters round-trip, also beyond Z', () => {
  assert.equal(rules.letter(0), 'A');
  assert.equal(rules.letter(26), '#27');
  for (const i of [0, 4, 25, 26, 30]) assert.equal(rules.indexOfLetter(rules.letter(i)), i);
  assert.equal(rules.indexOfLetter('?'), -1);
});

test('Leitner: a miss goes to box 1 due now; right moves up to box 3; due after 1, 3, 7 days', () => {
  const t = Date.UTC(2026, 0, 10, 9);
  const doc = emptyDoc();
  rules.recordAnswer(doc, 'quiz#a', 'ml', false, t);
  assert.deepEqual(doc.leitner['quiz#a'], { box: 1, due: t });
  assert.deepEqual(doc.questions['quiz#a'], { d: 'ml', seen: 1, right: 0, last: t, ok: false });
  assert.equal(rules.reviewAnswer(doc, 'quiz#a', 'ml', true, t), 2);
  assert.equal(doc.leitner['quiz#a'].due, t + 3 * rules.DAY);
  assert.equal(rules.reviewAnswer(doc, 'quiz#a', 'ml', true, t), 3);
  assert.equal(doc.leitner['quiz#a'].due, t + 7 * rules.DAY);
  assert.equal(rules.reviewAnswer(doc, 'quiz#a', 'ml', true, t), 3, 'box 3 is the top');
  assert.equal(rules.reviewAnswer(doc, 'quiz#a', 'ml', false, t), 1);
  assert.equal(doc.leitner['quiz#a'].due, t + rules.DAY, 'a wrong review is due again tomorrow');
  assert.deepEqual(doc.questions['quiz#a'], { d: 'ml', seen: 5, right: 3, last: t, ok: false });
  rules.recordAnswer(doc, 'quiz#b', 'ml', true, t);
  assert.equal(doc.leitner['quiz#b'], undefined, 'a right answer outside review does not box a question');
  assert.equal(rules.reviewAnswer(doc, 'quiz#new', 'ml', true, t), 2, 'a new question answered right goes to box 2');
});

test('due counts and the review queue: due first (earliest, then lower box), then new questions up to the session', () => {
  const t = Date.UTC(2026, 5, 1);
  const doc = emptyDoc();
  doc.leitner = { 'q#late': { box: 2, due: t - 10 }, 'q#early': { box: 3, due: t - 20 }, 'q#tie': { box: 1, due: t - 20 },
    'q#later': { box: 1, due: t + 1 }, 'gone#x': { box: 1, due: t - 5 } };
  doc.questions = { 'q#seen': { d: 'a', seen: 1, right: 1 } };
  const questions = ['late', 'early', 'tie', 'later', 'seen', 'n1', 'n2', 'n3'].map((id) => ({ key: 'q#' + id }));
  assert.deepEqual(rules.reviewQueue(doc, questions, t, 5), ['q#tie', 'q#early', 'q#late', 'q#n1', 'q#n2']);
  assert.deepEqual(rules.reviewQueue(doc, questions, t, 2), ['q#tie', 'q#early', 'q#late'], 'due questions are never cut');
  assert.deepEqual(rules.reviewQueue(emptyDoc(), [], t), [], 'no questions, nothing to review');
  assert.equal(rules.dueCount(doc, t), 4);
  assert.equal(rules.dueCount(doc, t, new Set(questions.map((q) => q.key))), 3);
  assert.deepEqual(rules.boxCounts(doc, new Set(questions.map((q) => q.key))), [0, 2, 1, 1]);
});

test('a timezone change across a due date neither skips nor repeats a review', () => {
  const saved = process.env.TZ;
  try {
    // Reviewed at 20:30 in Berlin on the day before daylight saving starts (29 March 2026): box 3, due in 7 days.
    process.env.TZ = 'Europe/Berlin';
    const t = new Date(2026, 2, 28, 20, 30).getTime();
    assert.equal(new Date(t).getHours(), 20, 'TZ is honoured by this Node');
    const doc = emptyDoc();
    doc.leitner['q#a'] = { box: 2, due: t };
    assert.equal(rules.reviewAnswer(doc, 'q#a', 'd', true, t), 3);
    const due = doc.leitner['q#a'].due;
    assert.equal(due - t, 7 * 24 * 3600 * 1000, 'seven times 24 hours');
    assert.equal(new Date(due).getHours(), 21, 'on the Berlin wall clock the review comes an hour later');
    // The reader flies to New York before it is due.
    process.env.TZ = 'America/New_York';
    assert.equal(new Date(due).getHours(), 15, 'TZ switched');
    assert.equal(rules.isDue(doc.leitner['q#a'], due - 1), false);
    assert.equal(rules.isDue(doc.leitner['q#a'], due), true);
    assert.deepEqual(rules.reviewQueue(doc, [{ key: 'q#a' }], due - 1, 0), []);
    assert.deepEqual(rules.reviewQueue(doc, [{ key: 'q#a' }], due, 0), ['q#a']);
    // The same review done in New York gives the same due instant.
    const again = emptyDoc();
    again.leitner['q#a'] = { box: 2, due: t };
    rules.reviewAnswer(again, 'q#a', 'd', true, t);
    assert.equal(again.leitner['q#a'].due, due);
  } finally {
    if (saved === undefined) delete process.env.TZ; else process.env.TZ = saved;
  }
});

test('tags weakest first: lowest share, then more questions, then the order given', () => {
  const groups = new Map([['a', { c: 2, t: 2 }], ['b', { c: 0, t: 1 }], ['c', { c: 1, t: 2 }], ['d', { c: 0, t: 3 }], ['e', { c: 1, t: 2 }]]);
  assert.deepEqual(rules.weakestFirst(groups).map(([n]) => n), ['d', 'b', 'c', 'e', 'a']);
  assert.deepEqual(rules.weakestFirst(new Map()), []);
});

test('a blank is unanswered, not wrong; the next unanswered question wraps round', () => {
  assert.equal(rules.answered([]), false);
  assert.equal(rules.answered(undefined), false);
  assert.equal(rules.answered([0]), true);
  assert.equal(rules.unansweredCount([[1], [], [0, 2], []]), 2);
  const flags = [true, false, true, false];
  assert.equal(rules.nextUnanswered(flags), 1, 'from the start');
  assert.equal(rules.nextUnanswered(flags, 1), 3, 'after the current one');
  assert.equal(rules.nextUnanswered(flags, 3), 1, 'wraps round to the first');
  assert.equal(rules.nextUnanswered([true, true]), -1, 'all answered');
  assert.equal(rules.nextUnanswered([false], 0), 0, 'the only one left is the current one');
  assert.equal(rules.nextUnanswered([], -1), -1);
});

test('an all-blank submit records nothing: no question goes to the review queue as a miss', () => {
  const q1 = single(1, { key: 'quiz#a', domain: 'd' });
  const q2 = single(0, { key: 'quiz#b', domain: 'd' });
  const q3 = single(2, { key: 'quiz#c', domain: 'd' });
  const doc = emptyDoc();
  const blank = rules.grade([{ question: q1, picked: [] }, { question: q2, picked: [] }]);
  assert.equal(blank.score, 0, 'a blank still scores 0');
  assert.equal(rules.recordAttempt(doc, blank.rows, 1000), 0);
  assert.deepEqual(doc.leitner, {});
  assert.deepEqual(doc.questions, {});
  const part = rules.grade([{ question: q1, picked: [1] }, { question: q2, picked: [] }, { question: q3, picked: [0] }]);
  assert.equal(rules.recordAttempt(doc, part.rows, 2000), 2);
  assert.deepEqual(Object.keys(doc.leitner), ['quiz#c'], 'only the answered wrong one is a miss');
  assert.equal(doc.questions['quiz#a'].right, 1);
  assert.equal(doc.questions['quiz#b'], undefined);
});

test('attempts: retry-missed rounds are kept apart and never become the best or the last', () => {
  const a = (percent, round) => ({ date: percent, score: percent / 10, total: 10, percent, pass: percent >= 70, ...(round ? { round } : {}) });
  const list = [a(50), a(80), a(100, 'missed'), a(60)];
  const s = rules.attemptSummary(list);
  assert.equal(s.full.length, 3);
  assert.equal(s.retries.length, 1);
  assert.equal(s.best.percent, 80);
  assert.equal(s.last.percent, 60);
  assert.equal(s.lastRetry.percent, 100);
  const none = rules.attemptSummary([]);
  assert.equal(none.best, null);
  assert.equal(none.last, null);
  assert.equal(rules.attemptSummary([a(100, 'missed')]).best, null, 'a retry round alone is not a best');
});

test('exam review filters: wrong is answered and not right, unanswered is blank, flagged as flagged', () => {
  const rows = [
    { key: 'a', picked: [1], right: true },
    { key: 'b', picked: [0], right: false },
    { key: 'c', picked: [], right: false },
    { key: 'd', picked: [0, 2], right: false }, // a partly right multi-select is wrong
  ];
  const flags = ['a', 'c'];
  assert.deepEqual(rules.REVIEW_FILTERS, ['all', 'wrong', 'flagged', 'unanswered']);
  assert.deepEqual(rules.reviewCounts(rows, flags), { all: 4, wrong: 2, flagged: 2, unanswered: 1 });
  assert.deepEqual(rows.filter((r) => rules.inReviewFilter('wrong', r, flags)).map((r) => r.key), ['b', 'd']);
  assert.deepEqual(rows.filter((r) => rules.inReviewFilter('flagged', r, flags)).map((r) => r.key), ['a', 'c']);
  assert.deepEqual(rows.filter((r) => rules.inReviewFilter('unanswered', r)).map((r) => r.key), ['c']);
  assert.deepEqual(rules.reviewCounts(rows), { all: 4, wrong: 2, flagged: 0, unanswered: 1 }, 'no flags kept');
});

test('review items: each quiz\'s cards right after its questions, so new cards come up beside their quiz', () => {
  const q = (quiz, id) => ({ key: `${quiz}#${id}`, quiz });
  const questions = [q('a', 'q1'), q('a', 'q2'), q('b', 'q1'), q('c', 'q1')];
  const cards = [q('b', 'c1'), q('a', 'c1'), q('b', 'c2'), q('gone', 'c1')];
  assert.deepEqual(rules.reviewItems(questions, cards).map((i) => i.key),
    ['a#q1', 'a#q2', 'a#c1', 'b#q1', 'b#c1', 'b#c2', 'c#q1', 'gone#c1']);
  assert.deepEqual(rules.reviewItems(questions).map((i) => i.key), questions.map((i) => i.key), 'no cards: the questions');
  assert.deepEqual(rules.reviewItems([], cards.slice(0, 1)).map((i) => i.key), ['b#c1']);
  // The queue takes cards like questions: a due card first, then new items in this order.
  const t = Date.UTC(2026, 5, 1);
  const doc = emptyDoc();
  doc.leitner['b#c2'] = { box: 2, due: t - 1 };
  doc.questions['b#c2'] = { d: 'x', seen: 1, right: 1 };
  assert.deepEqual(rules.reviewQueue(doc, rules.reviewItems(questions, cards), t, 4), ['b#c2', 'a#q1', 'a#q2', 'a#c1']);
});

test('answer tally: seen items, answers and right answers, over the keys asked for', () => {
  const t = Date.UTC(2026, 5, 1);
  const doc = emptyDoc();
  rules.recordAnswer(doc, 'a#q1', 'ml', true, t);
  rules.recordAnswer(doc, 'a#q1', 'ml', false, t);
  rules.reviewAnswer(doc, 'a#card', 'ml', true, t);
  rules.reviewAnswer(doc, 'a#card', 'ml', false, t);
  rules.reviewAnswer(doc, 'a#card', 'ml', true, t);
  const cards = new Set(['a#card']);
  assert.deepEqual(rules.answerTally(doc), { seen: 2, answers: 5, right: 3 });
  assert.deepEqual(rules.answerTally(doc, (k) => !cards.has(k)), { seen: 1, answers: 2, right: 1 });
  assert.deepEqual(rules.answerTally(doc, (k) => cards.has(k)), { seen: 1, answers: 3, right: 2 });
  assert.deepEqual(rules.answerTally(emptyDoc()), { seen: 0, answers: 0, right: 0 });
});
