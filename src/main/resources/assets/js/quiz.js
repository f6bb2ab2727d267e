// Quizzes: every .quiz container (quiz pages, quizzes embedded in notes) and the quiz index's best scores.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const { get, update, recordAnswer } = window.studysite.store;
  const { now } = window.studysite.clock;

  const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const $$ = (sel, el = document) => [...el.querySelectorAll(sel)];
  const pct = (a, b) => (b ? Math.round((100 * a) / b) : 0);
  const el = (tag, props = {}, ...kids) => {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...kids);
    return e;
  };
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
  const answerOf = (fs) => fs.dataset.answer.split(',').map((l) => LETTERS.indexOf(l.trim())).sort((a, b) => a - b);
  const picked = (fs) => $$('.q-options input', fs).filter((i) => i.checked).map((i) => +i.value).sort((a, b) => a - b);
  const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
  /** Letters as shown now (after any option shuffle) for source indexes. */
  const shownLetters = (fs, idx) => idx.map((i) => fs.querySelector(`.q-option[data-index="${i}"] .q-letter`).textContent).sort().join(', ');

  function mark(fs) {
    const answer = answerOf(fs);
    const mine = picked(fs);
    const right = same(answer, mine);
    fs.classList.remove('is-right', 'is-wrong');
    fs.classList.add(right ? 'is-right' : 'is-wrong');
    for (const opt of $$('.q-option', fs)) {
      const i = +opt.dataset.index;
      const isAnswer = answer.includes(i);
      const chosen = mine.includes(i);
      opt.classList.toggle('opt-right', isAnswer);
      opt.classList.toggle('opt-wrong', chosen && !isAnswer);
      opt.querySelector('.q-mark')?.remove();
      if (isAnswer || chosen) {
        opt.append(el('span', { className: 'q-mark', textContent: isAnswer ? (chosen ? '✓ right, your pick' : '✓ right answer') : '✗ your pick, wrong' }));
      }
    }
    const feedback = fs.querySelector('.q-feedback');
    const letters = shownLetters(fs, answer);
    feedback.textContent = right ? 'Correct.' : mine.length ? `Incorrect. The answer is ${letters}.` : `Not answered. The answer is ${letters}.`;
    fs.querySelector('details.answer').open = true;
    return right;
  }

  function unmark(fs) {
    fs.classList.remove('is-right', 'is-wrong');
    for (const opt of $$('.q-option', fs)) {
      opt.classList.remove('opt-right', 'opt-wrong');
      opt.querySelector('.q-mark')?.remove();
    }
    fs.querySelector('.q-feedback').textContent = '';
    fs.querySelector('details.answer').open = false;
  }

  function shuffleOptions(fs) {
    const box = fs.querySelector('.q-options');
    const opts = shuffle($$('.q-option', box));
    const whys = fs.querySelector('.whys');
    opts.forEach((opt, pos) => {
      box.append(opt);
      const letter = LETTERS[pos];
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
        if (single) update((doc) => recordAnswer(doc, qKey(fs), fs.dataset.domain, right, now()));
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
      const outcome = shown.map((fs) => ({ fs, right: mark(fs), answer: picked(fs) }));
      const score = outcome.filter((o) => o.right).length;
      const attempt = { date: t, score, total: shown.length, percent: pct(score, shown.length), answers: {} };
      attempt.pass = attempt.percent >= passPercent;
      outcome.forEach((o) => (attempt.answers[o.fs.dataset.questionId] = o.answer));
      update((doc) => {
        outcome.forEach((o) => recordAnswer(doc, qKey(o.fs), o.fs.dataset.domain, o.right, t));
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
      const band = $$('.quiz-bands li', quiz).find((b) => percent >= +b.dataset.minPercent);
      if (band) {
        // A message that starts by repeating its label ("Good: Good understanding…", common in imported quizzes)
        // is shown once, without the label in front of it.
        const label = band.dataset.label || '';
        const message = band.textContent.trim();
        const bare = label.replace(/[\s!.:;,]+$/, '').toLowerCase();
        const repeats = bare && message.toLowerCase().startsWith(bare);
        parts.push(el('p', { className: 'qr-band' }, label && !repeats ? el('strong', { textContent: label + ': ' }) : '', message));
      }
      const table = (caption, head, groups) => {
        const rows = [...groups].map(([name, g]) => el('tr', {}, el('th', { scope: 'row', textContent: name }),
          el('td', { textContent: `${g.c}/${g.t}` }), el('td', { textContent: `${pct(g.c, g.t)}%` })));
        return el('table', { className: 'qr-breakdown' }, el('caption', { textContent: caption }),
          el('thead', {}, el('tr', {}, ...[head, 'Correct', 'Percent'].map((h) => el('th', { scope: 'col', textContent: h })))),
          el('tbody', {}, ...rows));
      };
      const group = (keyOf) => {
        const m = new Map();
        for (const o of outcome) {
          for (const k of keyOf(o.fs)) {
            const g = m.get(k) || { c: 0, t: 0 };
            g.t++;
            if (o.right) g.c++;
            m.set(k, g);
          }
        }
        return m;
      };
      const byDomain = group((fs) => (fs.dataset.domainTitle || fs.dataset.domain ? [fs.dataset.domainTitle || fs.dataset.domain] : []));
      const byTag = group((fs) => fs.dataset.tags.split(' ').filter(Boolean));
      // The domain to study next: lowest share right (ties: more questions), named when there is more than one.
      const weakest = [...byDomain].filter(([, g]) => g.c < g.t).sort(([, a], [, b]) => a.c / a.t - b.c / b.t || b.t - a.t)[0];
      if (weakest && byDomain.size > 1) {
        const [name, g] = weakest;
        parts.push(el('p', { className: 'qr-weakest' }, 'Weakest domain: ', el('strong', { textContent: name }), ` (${g.c}/${g.t}, ${pct(g.c, g.t)}%)`));
      }
      if (byDomain.size) parts.push(table('By domain', 'Domain', byDomain));
      if (byTag.size) parts.push(table('By tag', 'Tag', byTag));
      const missed = outcome.filter((o) => !o.right);
      if (missed.length) {
        parts.push(el('h3', { textContent: 'Missed' }), el('ul', { className: 'qr-missed' }, ...missed.map(({ fs }) => {
          const prompt = fs.querySelector('.q-prompt').textContent.trim();
          const li = el('li', {}, el('a', { href: '#' + fs.id, textContent: fs.querySelector('.q-number').textContent }),
            ': ' + (prompt.length > 90 ? prompt.slice(0, 88) + '…' : prompt));
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
      const outcome = questions().map((fs) => {
        const ans = last.answers[fs.dataset.questionId] || [];
        $$('.q-options input', fs).forEach((i) => (i.checked = ans.includes(+i.value)));
        return { fs, right: mark(fs) };
      });
      showResults(outcome, last, `Last attempt (${fmtDate(last.date)})`);
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
      out.textContent = `Best: ${best.percent}% ${best.percent >= +card.dataset.passPercent ? '(pass)' : '(not yet a pass)'}`;
      out.classList.add(best.percent >= +card.dataset.passPercent ? 'pass' : 'fail');
    }
  }

  $$('.quiz[data-quiz-id]').forEach(setupQuiz);
  fillIndex();
})();
