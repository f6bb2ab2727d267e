// The practice rules, in one place: whether an answer is right and what it earns, the percent and the pass
// decision, score bands, the per-domain and per-tag breakdown, the Leitner boxes and due times, and the mock exam
// draw. Pure functions over plain data (bank questions as in schema/bank.schema.json, the store document of
// store.js): no DOM, no storage, no clock — callers pass the time in.
//
// A classic script (browsers refuse ES modules from file://): in a page it sets window.studysite.rules; under
// Node, require() gets the same object from module.exports (src/test/js/rules.test.js).
//
// Answers are always lists of source option indexes (0 = the first option in the quiz file), whatever order the
// options were shown in; letters are display only.
(() => {
  'use strict';

  const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

  /** The letter of an option position, as the build prints it (A–Z, then #27, #28 …). */
  const letter = (i) => (i < LETTERS.length ? LETTERS[i] : `#${i + 1}`);

  /** The option position of a letter printed by letter() ("B" → 1, "#27" → 26); -1 when it is not one. */
  const indexOfLetter = (l) => (/^#\d+$/.test(l) ? +l.slice(1) - 1 : l.length === 1 ? LETTERS.indexOf(l) : -1);

  /** Indexes sorted ascending without duplicates. */
  const normalize = (indexes) => [...new Set(indexes)].sort((a, b) => a - b);

  /** 2-decimal rounding for points, so partial-credit sums print as 12.5, not 12.499999999. */
  const round2 = (x) => Math.round(x * 100) / 100;

  // ---------------------------------------------------------------- one answer

  /**
   * Whether picked is exactly the answer: for single choice the one right option, for multi-select every right
   * option and no wrong one (all or nothing). Order and repeats do not matter; nothing picked is never right.
   */
  function isRight(answer, picked) {
    const a = normalize(answer);
    const p = normalize(picked);
    return a.length > 0 && a.length === p.length && a.every((v, i) => v === p[i]);
  }

  /** The values of an exam's multiSelectScoring; quizzes always score all-or-nothing. */
  const SCORING = Object.freeze({ ALL_OR_NOTHING: 'all-or-nothing', PARTIAL: 'partial' });

  /**
   * Credit for one answer, from 0 to 1: 1 when right, else 0 — except a multi-select question under "partial"
   * scoring, which earns the share of right options picked less the share of wrong options picked, never below 0
   * (3 right options, 2 of them and 1 wrong picked: 2/3 − 1/3 = 1/3). question: {multiple, answer}.
   */
  function credit(question, picked, scoring = SCORING.ALL_OR_NOTHING) {
    if (isRight(question.answer, picked)) return 1;
    if (scoring !== SCORING.PARTIAL || !question.multiple || !question.answer.length) return 0;
    const p = normalize(picked);
    const hits = p.filter((i) => question.answer.includes(i)).length;
    return Math.max(0, (hits - (p.length - hits)) / question.answer.length);
  }

  // ---------------------------------------------------------------- a whole attempt

  /**
   * The whole percent of score out of total, a half rounded up: 69.5 shows as 70. 0 when there is nothing to
   * score. The 1e-9 keeps an exact half (139 of 200) from landing on 69.4999… through floating point.
   */
  function percent(score, total) {
    return total > 0 ? Math.floor((100 * score) / total + 0.5 + 1e-9) : 0;
  }

  /**
   * The pass decision, on the percent as shown (so 69.5% shows as 70% and passes a 70% mark; 69.4% shows as 69%
   * and fails). An attempt with no questions never passes.
   */
  function passes(score, total, passPercent) {
    return total > 0 && percent(score, total) >= passPercent;
  }

  /**
   * Scores an attempt. items: [{question, picked}] where question is {key, domain, multiple, answer, …}; options:
   * {scoring, passPercent}. Returns {rows: [{question, picked, right, credit}], score, total, percent, pass}.
   * score is the sum of credits (2 decimals); with no items it is 0/0, 0%, not passed.
   */
  function grade(items, { scoring = SCORING.ALL_OR_NOTHING, passPercent = 0 } = {}) {
    const rows = items.map(({ question, picked = [] }) => ({
      question, picked, right: isRight(question.answer, picked), credit: credit(question, picked, scoring),
    }));
    const score = round2(rows.reduce((sum, r) => sum + r.credit, 0));
    const total = rows.length;
    return { rows, score, total, percent: percent(score, total), pass: passes(score, total, passPercent) };
  }

  /**
   * The band a percent reaches: the one with the highest minPercent at or below it (bands in any order), or null.
   * bands: [{minPercent, label, message}].
   */
  function band(bands, pct) {
    return (bands || []).filter((b) => pct >= b.minPercent)
      .reduce((best, b) => (best === null || b.minPercent > best.minPercent ? b : best), null);
  }

  // ---------------------------------------------------------------- breakdowns

  /**
   * Credit and count per group, as a Map name → {c, t} in order of first appearance (names in `order` first, so
   * an exam can list every domain). groupsOf(row) gives a row's group names (none: the row is in no group).
   * rows are grade()'s rows, or anything with a numeric credit.
   */
  function breakdown(rows, groupsOf, order = []) {
    const groups = new Map(order.map((name) => [name, { c: 0, t: 0 }]));
    for (const row of rows) {
      for (const name of groupsOf(row)) {
        const g = groups.get(name) || { c: 0, t: 0 };
        g.t++;
        g.c = round2(g.c + row.credit);
        groups.set(name, g);
      }
    }
    return groups;
  }

  /** Per domain: by question.domainTitle, else question.domain; questions without a domain are left out. */
  const byDomain = (rows) => breakdown(rows, (r) => {
    const name = r.question.domainTitle || r.question.domain;
    return name ? [name] : [];
  });

  /** Per tag: a question counts once in each of its tags. */
  const byTag = (rows) => breakdown(rows, (r) => r.question.tags || []);

  /**
   * The group to study next: the lowest share right among groups not fully right (ties: the one with more
   * questions, then the first). Returns [name, {c, t}] or null when every group is fully right.
   */
  function weakest(groups) {
    return [...groups].filter(([, g]) => g.c < g.t)
      .sort(([, a], [, b]) => a.c / a.t - b.c / b.t || b.t - a.t)[0] || null;
  }

  /**
   * Groups as [name, {c, t}] pairs, weakest first: lowest share right, ties the one with more questions, then
   * the order given (the result's "By tag" table, which shows the first few and folds the rest).
   */
  function weakestFirst(groups) {
    return [...groups].map((e, i) => [e, i])
      .sort(([[, a], i], [[, b], j]) => a.c / a.t - b.c / b.t || b.t - a.t || i - j).map(([e]) => e);
  }

  // ---------------------------------------------------------------- answering a quiz

  /** Whether something is picked: a blank is unanswered, which is not the same as wrong. */
  const answered = (picked) => Array.isArray(picked) && picked.length > 0;

  /** How many of the picks lists are blank. */
  const unansweredCount = (pickLists) => pickLists.filter((p) => !answered(p)).length;

  /**
   * The position of the next unanswered question after `from` (-1: from the start), wrapping round to the first;
   * -1 when every one is answered. answeredFlags: one boolean per question in the order shown.
   */
  function nextUnanswered(answeredFlags, from = -1) {
    const n = answeredFlags.length;
    for (let step = 1; step <= n; step++) {
      const i = (((from + step) % n) + n) % n;
      if (!answeredFlags[i]) return i;
    }
    return -1;
  }

  /**
   * A quiz's attempts (store attempts["quiz@hash"]) as the page and the dashboard report them: whole-quiz
   * attempts (`round` absent) give last, best and count; "Retry missed" rounds (`round: "missed"`) are kept as
   * attempts of their own but never become the quiz's best or pass, as they ask only the questions missed.
   * Returns {full, retries, last, best, lastRetry} (null where there is none).
   */
  function attemptSummary(list = []) {
    const full = list.filter((a) => a.round !== 'missed');
    const retries = list.filter((a) => a.round === 'missed');
    return {
      full, retries,
      last: full.at(-1) || null,
      best: full.reduce((a, b) => (a === null || b.percent > a.percent ? b : a), null),
      lastRetry: retries.at(-1) || null,
    };
  }

  // ---------------------------------------------------------------- reviewing an exam attempt

  /** The review filters of an exam result, in the order shown. */
  const REVIEW_FILTERS = Object.freeze(['all', 'wrong', 'flagged', 'unanswered']);

  /**
   * Whether a reviewed question passes a filter: "wrong" is answered but not fully right (a partly right
   * multi-select included), "unanswered" is blank, "flagged" was flagged during the attempt, "all" is any.
   * row: {key, picked, right}; flags: the attempt's flagged keys.
   */
  function inReviewFilter(filter, row, flags = []) {
    switch (filter) {
      case 'wrong': return answered(row.picked) && !row.right;
      case 'unanswered': return !answered(row.picked);
      case 'flagged': return flags.includes(row.key);
      default: return true;
    }
  }

  /** How many rows each review filter shows: {all, wrong, flagged, unanswered}. */
  const reviewCounts = (rows, flags = []) =>
    Object.fromEntries(REVIEW_FILTERS.map((f) => [f, rows.filter((r) => inReviewFilter(f, r, flags)).length]));

  // ---------------------------------------------------------------- Leitner boxes and due times

  const DAY = 86400000;
  /** Days until a question in box n is due again: box 1 daily, box 2 every 3 days, box 3 weekly. */
  const BOX_DAYS = Object.freeze([0, 1, 3, 7]);

  /**
   * Due times are instants (ms since 1970, like Date.now()), never calendar dates: a question due in 3 days is
   * due 3 × 24 h after its review wherever the reader is, so travelling or a daylight-saving change neither
   * skips nor repeats a review.
   */
  const isDue = (entry, t) => !!entry && entry.due <= t;

  /** Any miss (quiz, exam or review) puts a question in box 1, due at once. */
  const leitnerMiss = (t) => ({ box: 1, due: t });

  /**
   * A review answer moves the question: right goes up one box (at most 3; a question not yet in a box counts as
   * box 1), wrong goes back to box 1. The next review is due BOX_DAYS[box] days after t.
   */
  function leitnerMove(entry, right, t) {
    const box = right ? Math.min(3, (entry ? entry.box : 1) + 1) : 1;
    return { box, due: t + BOX_DAYS[box] * DAY };
  }

  /**
   * Records one answered question in the store document (key "quiz#question"): seen/right counts, the last
   * answer and its time; a miss puts it in box 1 (leitnerMiss). Called for quiz, exam and review answers.
   */
  function recordAnswer(doc, key, domain, right, t) {
    const s = doc.questions[key] || (doc.questions[key] = { d: domain, seen: 0, right: 0 });
    s.d = domain;
    s.seen++;
    if (right) s.right++;
    s.last = t;
    s.ok = right;
    if (!right) doc.leitner[key] = leitnerMiss(t);
  }

  /**
   * Records the answered rows of a submitted quiz or exam (grade()'s rows, question {key, domain}); blank rows
   * are left out, so an empty or time-out submit sends nothing to the review queue as "wrong" (a blank is not a
   * miss). Returns how many were recorded.
   */
  function recordAttempt(doc, rows, t) {
    const done = rows.filter((r) => answered(r.picked));
    done.forEach((r) => recordAnswer(doc, r.question.key, r.question.domain, r.right, t));
    return done.length;
  }

  /** A review answer on the review page: records it and moves its box. Returns the new box. */
  function reviewAnswer(doc, key, domain, right, t) {
    recordAnswer(doc, key, domain, right, t);
    const entry = leitnerMove(doc.leitner[key], right, t);
    doc.leitner[key] = entry;
    return entry.box;
  }

  /** How many boxed questions are due at t (only those whose key is in `known`, when given). */
  function dueCount(doc, t, known = null) {
    return Object.entries(doc.leitner).filter(([k, e]) => (!known || known.has(k)) && isDue(e, t)).length;
  }

  /** Questions per box (index 1–3) among `known` keys. */
  function boxCounts(doc, known) {
    const counts = [0, 0, 0, 0];
    Object.entries(doc.leitner).forEach(([k, e]) => known.has(k) && counts[e.box]++);
    return counts;
  }

  /**
   * The keys of a review session at t: due questions first (earliest due, then lower box), then questions never
   * answered anywhere in bank order, up to `size` in all (due questions are never cut). questions: bank questions.
   */
  function reviewQueue(doc, questions, t, size = 10) {
    const known = new Set(questions.map((q) => q.key));
    const due = Object.entries(doc.leitner).filter(([k, e]) => known.has(k) && isDue(e, t))
      .sort(([, a], [, b]) => a.due - b.due || a.box - b.box).map(([k]) => k);
    const fresh = questions.map((q) => q.key).filter((k) => !doc.leitner[k] && !doc.questions[k]);
    return [...due, ...fresh.slice(0, Math.max(0, size - due.length))];
  }

  /**
   * What the review page queues, in bank order: each quiz's questions, then that quiz's flashcards (quizzes in the
   * order of the questions; cards of a quiz without questions last), so new cards come up beside their quiz's new
   * questions rather than after every question of the site. Cards are {key, quiz, …}; reviewQueue takes the result.
   */
  function reviewItems(questions, cards = []) {
    const byQuiz = new Map();
    for (const c of cards) {
      if (!byQuiz.has(c.quiz)) byQuiz.set(c.quiz, []);
      byQuiz.get(c.quiz).push(c);
    }
    const out = [];
    const flush = (quiz) => {
      out.push(...(byQuiz.get(quiz) || []));
      byQuiz.delete(quiz);
    };
    questions.forEach((q, i) => {
      out.push(q);
      if (i === questions.length - 1 || questions[i + 1].quiz !== q.quiz) flush(q.quiz);
    });
    for (const rest of byQuiz.values()) out.push(...rest);
    return out;
  }

  /**
   * Answer statistics over the store's items whose key passes `include` (default: all): how many were seen, how
   * many answers were given and how many were right. The dashboard counts questions and flashcards apart with it.
   */
  function answerTally(doc, include = () => true) {
    const t = { seen: 0, answers: 0, right: 0 };
    for (const [k, s] of Object.entries(doc.questions)) {
      if (!include(k)) continue;
      t.seen++;
      t.answers += s.seen;
      t.right += s.right;
    }
    return t;
  }

  // ---------------------------------------------------------------- the mock exam draw

  /**
   * mulberry32, exactly as org.studysite.resolve.Mulberry32: a function returning u / 2^32 for the next
   * unsigned 32-bit u (seed 42 starts 2581720956 / 2^32).
   */
  function mulberry32(seed) {
    let a = seed | 0;
    return () => {
      a = (a + 0x6D2B79F5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** Fisher–Yates from the front, stopping after k positions: the first k items are a uniform sample. */
  function partialShuffle(items, k, rand) {
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(rand() * (items.length - i));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /**
   * The question keys of one attempt, exactly as org.studysite.resolve.ExamDraw.draw: one generator; per domain
   * in bank order a partial Fisher–Yates over its pool (bank order) taking domain.count; then the whole draw
   * shuffled so domains are interleaved. bank: {domains: [{id, count}], questions: [{key, domain}]}.
   */
  function draw(bank, seed) {
    const rand = mulberry32(seed);
    const out = [];
    for (const d of bank.domains) {
      const pool = bank.questions.filter((q) => q.domain === d.id).map((q) => q.key);
      const count = Math.min(Math.max(0, d.count), pool.length);
      partialShuffle(pool, count, rand);
      out.push(...pool.slice(0, count));
    }
    return partialShuffle(out, out.length, rand);
  }

  /**
   * The order options are shown in for each drawn key: one full Fisher–Yates permutation of source indexes per
   * question, in draw order, from a second generator seeded (seed ^ 0x9E3779B9) >>> 0 — so a replayed seed shows
   * the same options in the same places. Returns {key: [source index, …]}.
   */
  function optionOrders(bank, order, seed) {
    const rand = mulberry32((seed ^ 0x9E3779B9) >>> 0);
    const byKey = new Map(bank.questions.map((q) => [q.key, q]));
    const out = {};
    for (const k of order) {
      out[k] = partialShuffle(byKey.get(k).options.map((_, i) => i), byKey.get(k).options.length, rand);
    }
    return out;
  }

  const rules = Object.freeze({
    LETTERS, letter, indexOfLetter, normalize, round2,
    isRight, SCORING, credit,
    percent, passes, grade, band,
    breakdown, byDomain, byTag, weakest, weakestFirst,
    answered, unansweredCount, nextUnanswered, attemptSummary,
    REVIEW_FILTERS, inReviewFilter, reviewCounts,
    DAY, BOX_DAYS, isDue, leitnerMiss, leitnerMove, recordAnswer, recordAttempt, reviewAnswer, dueCount, boxCounts, reviewQueue,
    reviewItems, answerTally,
    mulberry32, partialShuffle, draw, optionOrders,
  });

  if (typeof module === 'object' && module.exports) module.exports = rules;
  if (typeof window === 'object') window.studysite = Object.assign(window.studysite || {}, { rules });
})();
