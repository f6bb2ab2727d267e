// Quizzes: every .quiz container (quiz pages, quizzes embedded in notes) and the quiz index's best scores.
// Scoring, pass mark, bands, breakdowns, what counts as answered and which attempt is the best are rules.js's;
// option marks are questions.js's. Picks are kept in the store (quizState) until Submit or Retry, so a reload
// loses nothing; after Submit a reload shows the result and the answers as they were.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const { get, update } = window.studysite.store;
  const { now } = window.studysite.clock;
  const rules = window.studysite.rules;
  const { el, mark: markOptions, unmark: unmarkOptions, picked } = window.studysite.questions;

  const $$ = (sel, e = document) => [...e.querySelectorAll(sel)];
  const button = (text, cls, onClick) => {
    const b = el('button', { type: 'button', className: cls, textContent: text });
    b.addEventListener('click', onClick);
    return b;
  };
  const shuffle = (a) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  const fmtDate = (t) => new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  let uid = 0;
  /** Re-reads the bars' state at once (followHeader sets it; a Submit or Retry calls it before scrolling). */
  let syncBars = () => {};

  /** The bottom of the sticky bars in view (site header, quiz bar), which cover what scrolls to the top. */
  const coveredTop = () => Math.max(0, ...$$('.site-header, .quiz-bar').filter((e) => !e.hidden
    && ['sticky', 'fixed'].includes(getComputedStyle(e).position)).map((e) => e.getBoundingClientRect().bottom));

  /** Scrolls target to the top of the viewport, just below the sticky bars. */
  function scrollToTop(target, gap = 8) {
    target.scrollIntoView({ block: 'start', behavior: 'instant' });
    const top = target.getBoundingClientRect().top;
    const cover = coveredTop();
    if (top < cover + gap) window.scrollBy({ top: top - cover - gap, behavior: 'instant' });
  }

  /**
   * The quiz bar sticks right below the site header, whose height depends on how its links wrap: the header's
   * height is kept in --site-header-h (0 where the header scrolls away, as on phones).
   */
  function followHeader(bars) {
    const root = document.documentElement;
    const header = document.querySelector('.site-header');
    const set = () => {
      const sticky = header && ['sticky', 'fixed'].includes(getComputedStyle(header).position);
      root.style.setProperty('--site-header-h', sticky ? `${header.getBoundingClientRect().height}px` : '0px');
      // While a bar shows, what the keyboard focuses scrolls into view below it, not under it (WCAG 2.4.11).
      const bar = bars.find((b) => !b.hidden);
      root.classList.toggle('quiz-bar-shown', !!bar);
      root.style.setProperty('--quiz-bar-h', bar ? `${bar.getBoundingClientRect().height}px` : '0px');
    };
    syncBars = set;
    set();
    if (window.ResizeObserver) {
      const ro = new ResizeObserver(set);
      [header, ...bars].filter(Boolean).forEach((e) => ro.observe(e));
    }
    window.addEventListener('resize', set);
  }

  /** Source-order option indexes that are right, from data-answer ("B" or "A,C"). */
  const answerOf = (fs) => rules.normalize(fs.dataset.answer.split(',').map((l) => rules.indexOfLetter(l.trim())));
  /** Letters as shown now (after any option shuffle) for source indexes. */
  const shownLetters = (fs, idx) => idx.map((i) => fs.querySelector(`.q-option[data-index="${i}"] .q-letter`).textContent).sort().join(', ');
  const setPicks = (fs, ans) => $$('.q-options input', fs).forEach((i) => (i.checked = ans.includes(+i.value)));

  /**
   * Marks a question right or wrong with its feedback line. open: whether its answer panel opens (Check opens it;
   * after Submit only the questions not answered right open, so a long quiz is not 25 open panels).
   */
  function mark(fs, open = true) {
    const answer = answerOf(fs);
    const mine = picked(fs);
    const right = rules.isRight(answer, mine);
    fs.classList.remove('is-right', 'is-wrong');
    fs.classList.add(right ? 'is-right' : 'is-wrong');
    markOptions(fs, answer, mine, { labels: true });
    const letters = shownLetters(fs, answer);
    fs.querySelector('.q-feedback').textContent = right ? 'Correct.' : mine.length ? `Incorrect. The answer is ${letters}.` : `Not answered. The answer is ${letters}.`;
    fs.querySelector('details.answer').open = open;
    return right;
  }

  function unmark(fs) {
    fs.classList.remove('is-right', 'is-wrong');
    unmarkOptions(fs);
    fs.querySelector('.q-feedback').textContent = '';
    fs.querySelector('details.answer').open = false;
  }

  const optionOrder = (fs) => $$('.q-option', fs).map((o) => +o.dataset.index);
  /** Whether list holds exactly the items of `of` once each, in any order. */
  const isPermutation = (list, of) => Array.isArray(list) && list.length === of.length && new Set(list).size === of.length
    && list.every((x) => of.includes(x));

  /** Shows the options of fs in the order perm (source indexes) and re-letters them; false when perm does not fit. */
  function arrangeOptions(fs, perm) {
    const box = fs.querySelector('.q-options');
    const byIndex = new Map($$('.q-option', box).map((o) => [+o.dataset.index, o]));
    if (!isPermutation(perm, [...byIndex.keys()])) return false;
    const opts = perm.map((i) => byIndex.get(i));
    const whys = fs.querySelector('.whys');
    opts.forEach((opt, pos) => {
      box.append(opt);
      const letter = rules.letter(pos);
      opt.querySelector('.q-letter').textContent = letter;
      const why = whys?.querySelector(`.why[data-index="${opt.dataset.index}"]`);
      if (why) {
        why.querySelector('.q-letter').textContent = letter;
        whys.append(why);
      }
    });
    const key = fs.querySelector('.answer-letters');
    if (key) key.textContent = shownLetters(fs, answerOf(fs));
    return true;
  }

  const shuffleOptions = (fs) => arrangeOptions(fs, shuffle(optionOrder(fs)));

  function setupQuiz(quiz) {
    const form = quiz.querySelector('.quiz-form') || quiz;
    const results = quiz.querySelector('.quiz-results');
    const single = quiz.hasAttribute('data-single') || !results;
    const id = quiz.dataset.quizId;
    const storeKey = `${id}@${quiz.dataset.quizHash}`;
    const passPercent = +quiz.dataset.passPercent || 0;
    const questions = () => $$('fieldset.question', form);
    const shown = () => questions().filter((fs) => !fs.hidden);
    const qKey = (fs) => `${id}#${fs.dataset.questionId}`;
    /** The question as rules.js reads it, from the fieldset's data attributes. */
    const questionOf = (fs) => ({
      key: qKey(fs), domain: fs.dataset.domain, domainTitle: fs.dataset.domainTitle,
      tags: fs.dataset.tags.split(' ').filter(Boolean), multiple: fs.dataset.multiple === 'true', answer: answerOf(fs), fs,
    });

    form.addEventListener('submit', (e) => e.preventDefault());
    // A round keeps the order it was shown in (its layout, saved with its picks and with the latest attempt), so
    // a reload shows the same letters; a new round is shuffled afresh.
    const shuffleOpts = quiz.dataset.shuffleOptions === 'true';
    const shuffleQs = quiz.dataset.shuffleQuestions === 'true';
    const saved = single ? null : get().quizState[storeKey] || (get().attempts[storeKey] || []).at(-1);
    const layout = (saved && saved.layout) || {};
    if (shuffleOpts) questions().forEach((fs) => arrangeOptions(fs, layout.o?.[fs.dataset.questionId]) || shuffleOptions(fs));
    if (shuffleQs) {
      const byId = new Map(questions().map((fs) => [fs.dataset.questionId, fs]));
      const order = isPermutation(layout.q, [...byId.keys()]) ? layout.q.map((q) => byId.get(q)) : shuffle(questions());
      order.forEach((fs) => form.append(fs));
    }
    const layoutNow = () => {
      const l = {};
      if (shuffleQs) l.q = questions().map((fs) => fs.dataset.questionId);
      if (shuffleOpts) l.o = Object.fromEntries(questions().map((fs) => [fs.dataset.questionId, optionOrder(fs)]));
      return l;
    };
    // A single embedded question keeps its label ("QUIZ, question N"); a quiz numbers its questions as shown.
    if (!single) questions().forEach((fs, n) => (fs.querySelector('.q-number').textContent = `Question ${n + 1}`));

    let submitted = false;
    // Check is the answer panel's own toggle: one tab stop per question besides its options (it was two, a Check
    // button and "Show answer"). Opening it marks the pick; while open, the marks follow a changed pick.
    for (const fs of questions()) {
      const details = fs.querySelector('details.answer');
      const summary = details.querySelector('summary');
      summary.classList.add('q-check');
      const closed = summary.querySelector('.when-closed');
      if (closed) closed.textContent = 'Check answer';
      const feedback = el('p', { className: 'q-feedback' });
      feedback.setAttribute('aria-live', 'polite');
      details.before(feedback);
      summary.addEventListener('click', (e) => {
        if (details.open) return; // closing: the marks stay
        e.preventDefault();
        const right = mark(fs);
        // A single question records a Check; a blank is not a miss.
        if (single && picked(fs).length) update((doc) => rules.recordAnswer(doc, qKey(fs), fs.dataset.domain, right, now()));
      });
      fs.querySelector('.q-options').addEventListener('change', () => {
        if (details.open && !submitted) mark(fs);
      });
    }
    if (single) return;

    const history = quiz.querySelector('.quiz-history');
    // During "Retry missed" the right answers are hidden: say so, with the way back to the whole quiz.
    const roundNote = el('p', { className: 'quiz-round', hidden: true });
    roundNote.setAttribute('role', 'status');
    form.before(roundNote);
    let round = 'all';

    // The bar that stays in view: how many are answered, a jump to the next unanswered question, and Submit.
    const count = el('p', { className: 'quiz-count' });
    const nextBtn = button('Next unanswered', 'quiz-next-unanswered', () => jumpToUnanswered());
    const submit = button('Submit', 'quiz-submit', () => askSubmit());
    const bar = el('div', { className: 'quiz-bar' }, count, nextBtn, submit);
    form.before(bar);
    form.append(el('div', { className: 'quiz-actions' }, button('Submit answers', 'quiz-submit quiz-submit-end', () => askSubmit())));

    // "N unanswered: submit anyway?", as the exam asks; Keep answering is first, so Enter does not submit.
    const dialogId = `quiz-confirm-${++uid}`;
    const dialogText = el('p', { className: 'quiz-confirm-text', id: `${dialogId}-text` });
    const dialogDetail = el('p', { className: 'quiz-confirm-detail' });
    const dialog = el('dialog', { className: 'quiz-confirm' },
      el('h2', { id: `${dialogId}-title`, textContent: 'Submit the quiz?' }), dialogText, dialogDetail,
      el('p', {}, button('Keep answering', 'quiz-confirm-cancel', () => { dialog.close(); jumpToUnanswered(); }), ' ',
        button('Submit anyway', 'quiz-confirm-submit', () => { dialog.close(); doSubmit(); })));
    dialog.setAttribute('aria-labelledby', `${dialogId}-title`);
    dialog.setAttribute('aria-describedby', `${dialogId}-text`);
    quiz.append(dialog);

    const isAnswered = (fs) => picked(fs).length > 0;
    function paintCount() {
      const qs = shown();
      const done = qs.filter(isAnswered).length;
      count.textContent = `${done} of ${qs.length} answered`;
      nextBtn.disabled = done === qs.length;
    }

    // The question the reader was last in (focus moves to the bar's button when it is clicked).
    let current = null;
    form.addEventListener('focusin', (e) => { current = e.target.closest('fieldset.question'); });
    function jumpToUnanswered() {
      const qs = shown();
      const i = rules.nextUnanswered(qs.map(isAnswered), qs.indexOf(current));
      if (i < 0) return;
      const input = qs[i].querySelector('.q-options input');
      input.focus({ preventScroll: true });
      scrollToTop(qs[i]);
    }

    /** The picks of the round under way, kept until Submit or Retry. */
    function saveState() {
      const answers = {};
      shown().forEach((fs) => { if (isAnswered(fs)) answers[fs.dataset.questionId] = picked(fs); });
      update((doc) => {
        doc.quizState[storeKey] = round === 'missed' ? { round, ids: shown().map((fs) => fs.dataset.questionId), answers, layout: layoutNow() }
          : { round, answers, layout: layoutNow() };
      });
    }
    form.addEventListener('change', () => {
      if (submitted) return;
      paintCount();
      saveState();
    });

    function askSubmit() {
      const blank = rules.unansweredCount(shown().map(picked));
      if (!blank) return doSubmit();
      const numbers = shown().filter((fs) => !isAnswered(fs)).map((fs) => fs.querySelector('.q-number').textContent.replace(/^Question /, ''));
      dialogText.textContent = `${blank} unanswered: submit anyway?`;
      dialogDetail.textContent = `${blank === shown().length ? 'Nothing is answered yet.' : `Unanswered: ${numbers.join(', ')}.`}`
        + ' An unanswered question scores 0 but is not counted as a miss in your review queue.';
      dialog.showModal();
    }

    function doSubmit() {
      const t = now();
      const qs = shown();
      const result = rules.grade(qs.map((fs) => ({ question: questionOf(fs), picked: picked(fs) })), { passPercent });
      const { score, total, percent, pass } = result;
      const attempt = { date: t, score, total, percent, pass, answers: {}, layout: layoutNow() };
      if (round === 'missed') attempt.round = 'missed';
      result.rows.forEach((o) => (attempt.answers[o.question.fs.dataset.questionId] = o.picked));
      update((doc) => {
        rules.recordAttempt(doc, result.rows, t);
        delete doc.quizState[storeKey];
        const list = doc.attempts[storeKey] || (doc.attempts[storeKey] = []);
        list.forEach((a) => delete a.layout); // only the latest is shown again: storage stays small
        list.push(attempt);
        if (list.length > 20) list.splice(0, list.length - 20);
      });
      showSubmitted(result.rows, attempt, round === 'all' ? 'Your result' : 'Your result: retry of missed questions');
      showHistory();
      focusResult();
    }

    /** The answered quiz: marks, the missed answers open, options locked until a Retry, the result below. */
    function showSubmitted(rows, attempt, title) {
      submitted = true;
      rows.forEach((r) => mark(r.question.fs, !r.right));
      questions().forEach((fs) => $$('.q-options input', fs).forEach((i) => (i.disabled = true)));
      bar.hidden = true;
      form.querySelector('.quiz-actions').hidden = true;
      syncBars();
      showResults(rows, attempt, title);
    }

    /** The result's heading at the top of the viewport, focused so a screen reader reads it and the score. */
    function focusResult() {
      const h = results.querySelector('.qr-title');
      h.focus({ preventScroll: true });
      scrollToTop(h);
    }

    function showResults(outcome, attempt, title) {
      const { score, total, percent, pass } = attempt;
      const verdict = el('strong', { className: 'qr-verdict ' + (pass ? 'pass' : 'fail'), textContent: pass ? 'PASS' : 'FAIL' });
      const scoreId = `quiz-score-${++uid}`;
      const heading = el('h2', { className: 'qr-title', textContent: title, tabIndex: -1 });
      heading.setAttribute('aria-describedby', scoreId);
      const parts = [
        heading,
        el('p', { className: 'qr-score', id: scoreId }, el('strong', { textContent: `${score}/${total}` }), ' correct · ',
          el('span', { className: 'qr-percent', textContent: `${percent}%` }), ' · ', verdict, ` (pass mark ${passPercent}%)`),
      ];
      const bands = $$('.quiz-bands li', quiz).map((li) => ({ minPercent: +li.dataset.minPercent, label: li.dataset.label || '', message: li.textContent.trim() }));
      const band = rules.band(bands, percent);
      if (band) {
        // A message that starts by repeating its label ("Good: Good understanding…", common in imported quizzes)
        // is shown once, without the label in front of it.
        const { label, message } = band;
        const bare = label.replace(/[\s!.:;,]+$/, '').toLowerCase();
        const repeats = bare && message.toLowerCase().startsWith(bare);
        parts.push(el('p', { className: 'qr-band' }, label && !repeats ? el('strong', { textContent: label + ': ' }) : '', message));
      }
      const table = (caption, head, groups) => {
        const rows = [...groups].map(([name, g]) => el('tr', {}, el('th', { scope: 'row', textContent: name }),
          el('td', { textContent: `${g.c}/${g.t}` }), el('td', { textContent: `${rules.percent(g.c, g.t)}%` })));
        return el('table', { className: 'qr-breakdown' }, el('caption', { textContent: caption }),
          el('thead', {}, el('tr', {}, ...[head, 'Correct', 'Percent'].map((h) => el('th', { scope: 'col', textContent: h })))),
          el('tbody', {}, ...rows));
      };
      const byDomain = rules.byDomain(outcome);
      // Tags weakest first; past the five weakest they fold into a <details>.
      const byTag = rules.weakestFirst(rules.byTag(outcome));
      const TAGS_SHOWN = 5;
      // The domain to study next, named when there is more than one.
      const weakest = rules.weakest(byDomain);
      if (weakest && byDomain.size > 1) {
        const [name, g] = weakest;
        parts.push(el('p', { className: 'qr-weakest' }, 'Weakest domain: ', el('strong', { textContent: name }), ` (${g.c}/${g.t}, ${rules.percent(g.c, g.t)}%)`));
      }
      if (byDomain.size) parts.push(table('By domain', 'Domain', byDomain));
      if (byTag.length) parts.push(table('By tag, weakest first', 'Tag', byTag.slice(0, TAGS_SHOWN)));
      if (byTag.length > TAGS_SHOWN) {
        const rest = byTag.length - TAGS_SHOWN;
        parts.push(el('details', { className: 'qr-more-tags' }, el('summary', { textContent: `${plural(rest, 'more tag')}` }),
          table('More tags', 'Tag', byTag.slice(TAGS_SHOWN))));
      }
      const missed = outcome.filter((o) => !o.right);
      if (missed.length) {
        parts.push(el('h3', { textContent: 'Missed' }), el('ul', { className: 'qr-missed' }, ...missed.map(({ question: { fs } }) => {
          const li = el('li', {}, el('a', { href: '#' + fs.id, textContent: fs.querySelector('.q-number').textContent }),
            ': ' + fs.dataset.summary);
          const refs = $$('.refs a', fs);
          if (refs.length) li.append(' Study: ', ...refs.flatMap((a, i) => (i ? [', ', a.cloneNode(true)] : [a.cloneNode(true)])));
          return li;
        })));
      }
      const actions = el('div', { className: 'qr-actions' }, button('Retry all', 'quiz-retry-all', () => retry(false)));
      if (missed.length) actions.append(button('Retry missed', 'quiz-retry-missed', () => retry(true)));
      results.replaceChildren(...parts, actions);
    }

    /** Shows the round's questions (all, or only ids), with the note saying what is hidden. */
    function showRound(ids) {
      round = ids ? 'missed' : 'all';
      for (const fs of questions()) fs.hidden = !!ids && !ids.includes(fs.dataset.questionId);
      const n = shown().length;
      roundNote.replaceChildren(...(ids ? [`Retrying the ${n === 1 ? 'question' : `${n} questions`} you missed; the ones you got right are hidden. `,
        button('Show all questions', 'quiz-show-all', () => retry(false))] : []));
      roundNote.hidden = !ids;
    }

    function retry(missedOnly) {
      const ids = missedOnly ? shown().filter((fs) => fs.classList.contains('is-wrong')).map((fs) => fs.dataset.questionId) : null;
      submitted = false;
      showRound(ids);
      for (const fs of questions()) {
        $$('.q-options input', fs).forEach((i) => { i.checked = false; i.disabled = false; });
        unmark(fs);
        if (shuffleOpts) shuffleOptions(fs); // a new round, a new order (kept from here until it is submitted)
      }
      results.replaceChildren();
      bar.hidden = false;
      form.querySelector('.quiz-actions').hidden = false;
      syncBars();
      paintCount();
      saveState();
      shown()[0]?.querySelector('input')?.focus();
    }

    function showHistory() {
      const list = get().attempts[storeKey] || [];
      const { full, retries, last, best, lastRetry } = rules.attemptSummary(list);
      if (!list.length || !history) return list;
      const parts = [];
      if (last) {
        parts.push(`Last attempt: ${last.score}/${last.total} (${last.percent}%) on ${fmtDate(last.date)}`,
          `Best: ${best.score}/${best.total} (${best.percent}%)`, plural(full.length, 'attempt'));
      }
      if (lastRetry) {
        parts.push(`${retries.length} ${retries.length === 1 ? 'retry' : 'retries'} of missed questions, last ${lastRetry.score}/${lastRetry.total}`);
      }
      history.textContent = parts.join(' · ');
      history.hidden = false;
      return list;
    }

    // A round under way comes back with its picks; else the last saved attempt of this exact quiz version is
    // shown as it was submitted.
    const list = showHistory();
    const state = get().quizState[storeKey];
    const last = list.at(-1);
    if (state && typeof state.answers === 'object') {
      showRound(state.round === 'missed' && Array.isArray(state.ids) ? state.ids : null);
      questions().forEach((fs) => setPicks(fs, state.answers[fs.dataset.questionId] || []));
    } else if (last && last.answers) {
      const ids = last.round === 'missed' ? Object.keys(last.answers) : null;
      showRound(ids);
      const items = shown().map((fs) => {
        const ans = last.answers[fs.dataset.questionId] || [];
        setPicks(fs, ans);
        return { question: questionOf(fs), picked: ans };
      });
      showSubmitted(rules.grade(items, { passPercent }).rows, last,
        `${ids ? 'Retry of missed questions' : 'Last attempt'} (${fmtDate(last.date)})`);
    }
    paintCount();
  }

  function fillIndex() {
    const attempts = get().attempts;
    for (const card of $$('.quiz-card[data-quiz-id]')) {
      const { best } = rules.attemptSummary(attempts[`${card.dataset.quizId}@${card.dataset.quizHash}`] || []);
      const out = card.querySelector('.quiz-best');
      if (!out) continue;
      if (!best) {
        out.textContent = 'Not tried yet';
        continue;
      }
      const passed = best.percent >= +card.dataset.passPercent;
      out.textContent = `Best: ${best.percent}% ${passed ? '(pass)' : '(not yet a pass)'}`;
      out.classList.add(passed ? 'pass' : 'fail');
    }
  }

  const quizzes = $$('.quiz[data-quiz-id]');
  quizzes.forEach(setupQuiz);
  const bars = $$('.quiz-bar');
  if (bars.length) followHeader(bars);
  fillIndex();
})();
