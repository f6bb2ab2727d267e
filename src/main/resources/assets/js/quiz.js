// Quizzes: every .quiz container (quiz pages, quizzes embedded in notes) and the quiz index's best scores.
// Scoring, pass mark, bands and breakdowns are rules.js's; option marks are questions.js's.
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

  /** Source-order option indexes that are right, from data-answer ("B" or "A,C"). */
  const answerOf = (fs) => rules.normalize(fs.dataset.answer.split(',').map((l) => rules.indexOfLetter(l.trim())));
  /** The question as rules.js reads it, from the fieldset's data attributes. */
  const questionOf = (fs) => ({
    domain: fs.dataset.domain, domainTitle: fs.dataset.domainTitle, tags: fs.dataset.tags.split(' ').filter(Boolean),
    multiple: fs.dataset.multiple === 'true', answer: answerOf(fs), fs,
  });
  /** Letters as shown now (after any option shuffle) for source indexes. */
  const shownLetters = (fs, idx) => idx.map((i) => fs.querySelector(`.q-option[data-index="${i}"] .q-letter`).textContent).sort().join(', ');

  function mark(fs) {
    const answer = answerOf(fs);
    const mine = picked(fs);
    const right = rules.isRight(answer, mine);
    fs.classList.remove('is-right', 'is-wrong');
    fs.classList.add(right ? 'is-right' : 'is-wrong');
    markOptions(fs, answer, mine, { labels: true });
    const feedback = fs.querySelector('.q-feedback');
    const letters = shownLetters(fs, answer);
    feedback.textContent = right ? 'Correct.' : mine.length ? `Incorrect. The answer is ${letters}.` : `Not answered. The answer is ${letters}.`;
    fs.querySelector('details.answer').open = true;
    return right;
  }

  function unmark(fs) {
    fs.classList.remove('is-right', 'is-wrong');
    unmarkOptions(fs);
    fs.querySelector('.q-feedback').textContent = '';
    fs.querySelector('details.answer').open = false;
  }

  function shuffleOptions(fs) {
    const box = fs.querySelector('.q-options');
    const opts = shuffle($$('.q-option', box));
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
  }

  function setupQuiz(quiz) {
    const form = quiz.querySelector('.quiz-form') || quiz;
    const results = quiz.querySelector('.quiz-results');
    const single = quiz.hasAttribute('data-single') || !results;
    const id = quiz.dataset.quizId;
    const storeKey = `${id}@${quiz.dataset.quizHash}`;
    const passPercent = +quiz.dataset.passPercent || 0;
    const questions = () => $$('fieldset.question', form);
    const qKey = (fs) => `${id}#${fs.dataset.questionId}`;

    form.addEventListener('submit', (e) => e.preventDefault());
    if (quiz.dataset.shuffleOptions === 'true') questions().forEach(shuffleOptions);
    if (quiz.dataset.shuffleQuestions === 'true') shuffle(questions()).forEach((fs) => form.append(fs));
    questions().forEach((fs, n) => {
      fs.querySelector('.q-number').textContent = `Question ${n + 1}`;
      const feedback = el('p', { className: 'q-feedback' });
      feedback.setAttribute('aria-live', 'polite');
      const check = button('Check', 'q-check', () => {
        const right = mark(fs);
        if (single) update((doc) => rules.recordAnswer(doc, qKey(fs), fs.dataset.domain, right, now()));
      });
      fs.querySelector('details.answer').before(el('div', { className: 'q-actions' }, check, feedback));
    });
    if (single) return;

    const history = quiz.querySelector('.quiz-history');
    // During "Retry missed" the right answers are hidden: say so, with the way back to the whole quiz.
    const roundNote = el('p', { className: 'quiz-round', hidden: true });
    roundNote.setAttribute('role', 'status');
    form.before(roundNote);
    let round = 'all';
    const submit = button('Submit answers', 'quiz-submit', () => {
      const t = now();
      const shown = questions().filter((fs) => !fs.hidden);
      shown.forEach(mark);
      const result = rules.grade(shown.map((fs) => ({ question: questionOf(fs), picked: picked(fs) })), { passPercent });
      const outcome = result.rows;
      const { score, total, percent, pass } = result;
      const attempt = { date: t, score, total, percent, pass, answers: {} };
      outcome.forEach((o) => (attempt.answers[o.question.fs.dataset.questionId] = o.picked));
      update((doc) => {
        outcome.forEach((o) => rules.recordAnswer(doc, qKey(o.question.fs), o.question.domain, o.right, t));
        if (round === 'all') {
          const list = doc.attempts[storeKey] || (doc.attempts[storeKey] = []);
          list.push(attempt);
          if (list.length > 20) list.splice(0, list.length - 20);
        }
      });
      showResults(outcome, attempt, round === 'all' ? 'Your result' : 'Retry of missed questions');
      showHistory();
      results.focus();
    });
    form.append(el('div', { className: 'quiz-actions' }, submit));

    function showResults(outcome, attempt, title) {
      const { score, total, percent, pass } = attempt;
      const verdict = el('strong', { className: 'qr-verdict ' + (pass ? 'pass' : 'fail'), textContent: pass ? 'PASS' : 'FAIL' });
      const parts = [
        el('h2', { className: 'qr-title', textContent: title }),
        el('p', { className: 'qr-score' }, el('strong', { textContent: `${score}/${total}` }), ' correct · ',
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
      const byTag = rules.byTag(outcome);
      // The domain to study next, named when there is more than one.
      const weakest = rules.weakest(byDomain);
      if (weakest && byDomain.size > 1) {
        const [name, g] = weakest;
        parts.push(el('p', { className: 'qr-weakest' }, 'Weakest domain: ', el('strong', { textContent: name }), ` (${g.c}/${g.t}, ${rules.percent(g.c, g.t)}%)`));
      }
      if (byDomain.size) parts.push(table('By domain', 'Domain', byDomain));
      if (byTag.size) parts.push(table('By tag', 'Tag', byTag));
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

    function retry(missedOnly) {
      round = missedOnly ? 'missed' : 'all';
      for (const fs of questions()) {
        const hide = missedOnly && fs.classList.contains('is-right');
        fs.hidden = hide;
        if (!hide) {
          $$('.q-options input', fs).forEach((i) => (i.checked = false));
          unmark(fs);
        }
      }
      results.replaceChildren();
      const shown = questions().filter((fs) => !fs.hidden).length;
      roundNote.replaceChildren(...(missedOnly ? [`Retrying the ${shown} question${shown === 1 ? '' : 's'} you missed; the ones you got right are hidden. `,
        button('Show all questions', 'quiz-show-all', () => retry(false))] : []));
      roundNote.hidden = !missedOnly;
      const first = questions().find((fs) => !fs.hidden);
      first?.querySelector('input')?.focus();
    }

    function showHistory() {
      const list = get().attempts[storeKey] || [];
      if (!list.length || !history) return list;
      const last = list[list.length - 1];
      const best = list.reduce((a, b) => (b.percent > a.percent ? b : a));
      history.textContent = `Last attempt: ${last.score}/${last.total} (${last.percent}%) on ${fmtDate(last.date)} · Best: ${best.score}/${best.total} (${best.percent}%) · ${list.length} attempt${list.length > 1 ? 's' : ''}`;
      history.hidden = false;
      return list;
    }

    // Show the last saved attempt of this exact quiz version.
    const list = showHistory();
    if (list.length) {
      const last = list[list.length - 1];
      const items = questions().map((fs) => {
        const ans = last.answers[fs.dataset.questionId] || [];
        $$('.q-options input', fs).forEach((i) => (i.checked = ans.includes(+i.value)));
        mark(fs);
        return { question: questionOf(fs), picked: ans };
      });
      showResults(rules.grade(items, { passPercent }).rows, last, `Last attempt (${fmtDate(last.date)})`);
    }
  }

  function fillIndex() {
    const attempts = get().attempts;
    for (const card of $$('.quiz-card[data-quiz-id]')) {
      const list = attempts[`${card.dataset.quizId}@${card.dataset.quizHash}`] || [];
      const out = card.querySelector('.quiz-best');
      if (!out) continue;
      if (!list.length) {
        out.textContent = 'Not tried yet';
        continue;
      }
      const best = list.reduce((a, b) => (b.percent > a.percent ? b : a));
      const passed = best.percent >= +card.dataset.passPercent;
      out.textContent = `Best: ${best.percent}% ${passed ? '(pass)' : '(not yet a pass)'}`;
      out.classList.add(passed ? 'pass' : 'fail');
    }
  }

  $$('.quiz[data-quiz-id]').forEach(setupQuiz);
  fillIndex();
})();
