// The mock exam: seeded draw, one question at a time, navigator, flags, countdown from a saved deadline,
// confirmation dialog, result by domain, review, attempt history. State is saved on every change.
// The bank is window.studysite.banks.exam (exams/ID.bank.js); the draw and scoring are rules.js's.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const { get, update } = window.studysite.store;
  const { now } = window.studysite.clock;
  const rules = window.studysite.rules;
  const { el, html, links, fieldset } = window.studysite.questions;

  const clock = (ms) => {
    const s = Math.max(0, Math.ceil(ms / 1000));
    const h = Math.floor(s / 3600);
    const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0');
    return (h ? h + ':' : '') + mm + ':' + String(s % 60).padStart(2, '0');
  };
  /** A table cell labelled with its column, which narrow screens show when the table is stacked. */
  const cell = (label, ...kids) => {
    const td = el('td', {}, ...kids);
    td.dataset.label = label;
    return td;
  };

  const root = document.querySelector('.exam[data-exam-id]');
  const bank = (window.studysite.banks || {}).exam;
  if (root && bank) start(root, bank);

  function start(root, bank) {
    const id = root.dataset.examId;
    const $ = (s) => root.querySelector(s);
    const byKey = new Map(bank.questions.map((q) => [q.key, q]));
    const domains = new Map(bank.domains.map((d) => [d.id, d]));
    const ui = {
      start: $('.exam-start'), run: $('.exam-run'), timer: $('.exam-timer'), position: $('.exam-position'),
      alert: $('.exam-alert'), nav: $('.exam-nav'), question: $('.exam-question'), flag: $('.exam-flag'),
      dialog: $('.exam-confirm'), result: $('.exam-result'), history: $('.exam-history'),
    };
    let state = null;
    let ticker = 0;

    const save = () => update((doc) => { doc.examState[id] = state; });
    const urlSeed = new URLSearchParams(location.search).get('seed');
    if (urlSeed !== null && /^\d+$/.test(urlSeed)) {
      const note = $('.exam-seed-note');
      note.textContent = `This attempt replays the draw of seed ${urlSeed}.`;
      note.hidden = false;
    }

    $('.exam-start-btn').addEventListener('click', () => {
      const seed = urlSeed !== null && /^\d+$/.test(urlSeed) ? Number(urlSeed) >>> 0 : crypto.getRandomValues(new Uint32Array(1))[0];
      const t = now();
      const order = rules.draw(bank, seed);
      state = { seed, order, perm: rules.optionOrders(bank, order, seed), answers: {}, flags: [], cur: 0, start: t, deadline: t + bank.minutes * 60000, warned: [] };
      save();
      run();
      ui.question.focus();
    });
    $('.exam-prev').addEventListener('click', () => go(state.cur - 1));
    $('.exam-next').addEventListener('click', () => go(state.cur + 1));
    ui.flag.addEventListener('click', toggleFlag);
    $('.exam-submit').addEventListener('click', confirmSubmit);
    $('.exam-confirm-cancel').addEventListener('click', () => ui.dialog.close());
    $('.exam-confirm-submit').addEventListener('click', () => { ui.dialog.close(); finish(false); });
    document.addEventListener('keydown', onKey);

    showHistory();
    const saved = get().examState[id];
    if (saved && Array.isArray(saved.order) && saved.order.every((k) => byKey.has(k))) {
      state = saved;
      run();
    } else {
      showLastResult();
    }

    /** After a reload, the latest finished attempt's result is shown again (if the bank still has its questions). */
    function showLastResult() {
      const last = (get().exams[id] || []).at(-1);
      const r = last && last.review;
      if (r && Array.isArray(r.order) && r.order.every((k) => byKey.has(k)) && r.answers && typeof r.answers === 'object') {
        showResult(last, rowsOf(r), false, Array.isArray(r.flags) ? r.flags : []);
      }
    }

    function run() {
      root.classList.add('exam-running'); // the intro (rules, domains) folds away: the question is at the top
      ui.start.hidden = true;
      ui.result.hidden = true;
      ui.run.hidden = false;
      ui.nav.replaceChildren(...state.order.map((k, i) => {
        const b = el('button', { type: 'button', textContent: String(i + 1) });
        b.addEventListener('click', () => go(i));
        return b;
      }));
      go(state.cur);
      tick();
      ticker = setInterval(tick, 250);
    }

    function tick() {
      if (!state) return;
      const left = state.deadline - now();
      ui.timer.textContent = clock(left);
      ui.timer.classList.toggle('low', left <= 60000);
      for (const min of [10, 1]) {
        if (left <= min * 60000 && bank.minutes > min && !state.warned.includes(min)) {
          state.warned.push(min);
          ui.alert.textContent = `${min} minute${min > 1 ? 's' : ''} left.`;
          save();
        }
      }
      if (left <= 0) finish(true);
    }

    function go(i) {
      state.cur = Math.max(0, Math.min(state.order.length - 1, i));
      save();
      const k = state.order[state.cur];
      const q = byKey.get(k);
      const n = state.cur + 1;
      const ans = state.answers[k] || [];
      const fs = fieldset(q, { prefix: 'exam', className: 'exam-q', legend: `Question ${n} of ${state.order.length}`,
        order: displayOrder(k, q), picked: ans, onChange: () => choose() });
      ui.question.replaceChildren(fs);
      ui.position.textContent = `Question ${n} of ${state.order.length}`;
      $('.exam-prev').disabled = state.cur === 0;
      $('.exam-next').disabled = state.cur === state.order.length - 1;
      paintNav();
      revealInNav(ui.nav.children[state.cur]);
    }

    /** On a phone the navigator is one scrolling row: bring the current question's button into it, sideways only. */
    function revealInNav(button) {
      if (!button || ui.nav.scrollWidth <= ui.nav.clientWidth) return;
      const row = ui.nav.getBoundingClientRect();
      const b = button.getBoundingClientRect();
      const room = b.width; // keep a neighbour visible, so the row shows there is more
      if (b.left < row.left + room) ui.nav.scrollLeft -= row.left + room - b.left;
      else if (b.right > row.right - room) ui.nav.scrollLeft += b.right - (row.right - room);
    }

    /** One row per question of an attempt: the question, the answer given, whether right, its credit, options as shown. */
    function rowsOf(s) {
      return s.order.map((k) => {
        const q = byKey.get(k);
        const mine = s.answers[k] || [];
        return { q, mine, right: rules.isRight(q.answer, mine), got: rules.credit(q, mine, bank.multiSelectScoring), shown: displayOrder(k, q, s) };
      });
    }

    /** Source indexes in the order shown (attempts saved before options were shuffled show them in source order). */
    function displayOrder(k, q, st = state) {
      const perm = st.perm && st.perm[k];
      return Array.isArray(perm) && perm.length === q.options.length ? perm : q.options.map((_, i) => i);
    }

    function choose() {
      const k = state.order[state.cur];
      const picked = [...ui.question.querySelectorAll('input')].filter((i) => i.checked).map((i) => +i.value);
      if (picked.length) state.answers[k] = picked; else delete state.answers[k];
      save();
      paintNav();
    }

    function toggleFlag() {
      const k = state.order[state.cur];
      state.flags = state.flags.includes(k) ? state.flags.filter((f) => f !== k) : [...state.flags, k];
      save();
      paintNav();
    }

    function paintNav() {
      [...ui.nav.children].forEach((b, i) => {
        const k = state.order[i];
        const answered = !!state.answers[k];
        const flagged = state.flags.includes(k);
        b.classList.toggle('answered', answered);
        b.classList.toggle('flagged', flagged);
        b.setAttribute('aria-label', `Question ${i + 1}, ${answered ? 'answered' : 'unanswered'}${flagged ? ', flagged' : ''}`);
        if (i === state.cur) b.setAttribute('aria-current', 'true'); else b.removeAttribute('aria-current');
      });
      const flagged = state.flags.includes(state.order[state.cur]);
      ui.flag.setAttribute('aria-pressed', String(flagged));
      ui.flag.textContent = flagged ? 'Flagged for review' : 'Flag for review';
    }

    function onKey(e) {
      if (!state || ui.run.hidden || ui.dialog.open || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target;
      if (t.matches?.('textarea, select, input:not([type=radio]):not([type=checkbox])')) return;
      const key = e.key.toLowerCase();
      let option = -1;
      if (/^[1-9]$/.test(key)) option = +key - 1;
      else if (/^[a-e]$/.test(key)) option = rules.indexOfLetter(key.toUpperCase());
      if ((key === 'arrowleft' || key === 'arrowright') && t.type !== 'radio') {
        go(state.cur + (key === 'arrowleft' ? -1 : 1));
      } else if (key === 'f') {
        toggleFlag();
      } else if (option >= 0) {
        const input = ui.question.querySelectorAll('input')[option];
        if (!input) return;
        input.checked = input.type === 'radio' ? true : !input.checked;
        choose();
      } else return;
      e.preventDefault();
    }

    function confirmSubmit() {
      const unanswered = state.order.map((k, i) => (state.answers[k] ? 0 : i + 1)).filter(Boolean);
      const flagged = state.order.map((k, i) => (state.flags.includes(k) ? i + 1 : 0)).filter(Boolean);
      const body = [];
      body.push(el('p', { className: 'exam-confirm-unanswered', textContent: unanswered.length ? `Unanswered (${unanswered.length}): ${unanswered.join(', ')}` : 'Every question is answered.' }));
      if (flagged.length) body.push(el('p', { className: 'exam-confirm-flagged', textContent: `Flagged for review (${flagged.length}): ${flagged.join(', ')}` }));
      ui.dialog.querySelector('.exam-confirm-body').replaceChildren(...body);
      ui.dialog.showModal();
    }

    function finish(timeUp) {
      if (!state) return;
      clearInterval(ticker);
      const s = state;
      state = null;
      if (ui.dialog.open) ui.dialog.close();
      const t = Math.min(now(), s.deadline);
      const rows = rowsOf(s);
      const result = rules.grade(rows.map((r) => ({ question: r.q, picked: r.mine })),
        { scoring: bank.multiSelectScoring, passPercent: bank.passPercent });
      const per = rules.breakdown(result.rows, (r) => [r.question.domain], bank.domains.map((d) => d.id));
      const { score } = result;
      // The answers of the latest attempt are kept with it, so its full result is shown again after a reload.
      const review = { order: s.order, perm: s.perm, answers: s.answers, flags: s.flags };
      const attempt = { date: t, seed: s.seed, score, total: result.total, percent: result.percent, pass: result.pass, used: t - s.start, timeUp, domains: Object.fromEntries(per), review };
      update((doc) => {
        delete doc.examState[id];
        rules.recordAttempt(doc, result.rows, t); // blanks (a time-out's too) are not misses
        const list = doc.exams[id] || (doc.exams[id] = []);
        list.forEach((a) => delete a.review); // only the latest keeps its answers: storage stays small
        list.push(attempt);
      });
      ui.run.hidden = true;
      ui.start.hidden = false;
      root.classList.remove('exam-running');
      showResult(attempt, rows, true, s.flags);
      showHistory();
    }

    function showResult(a, rows, focus = true, flags = []) {
      // Letters as the reader saw them in this attempt (options were shuffled).
      const letters = (idx, shown) => (idx.length ? idx.map((i) => rules.letter(shown.indexOf(i))).sort().join(', ') : 'none');
      const domainRows = bank.domains.map((d) => ({ d, g: a.domains[d.id] }))
        .filter((x) => x.g.t)
        .sort((x, y) => rules.percent(x.g.c, x.g.t) - rules.percent(y.g.c, y.g.t) || y.d.weight - x.d.weight);
      const table = el('table', { className: 'exam-domains exam-result-domains stack-narrow' },
        el('caption', { textContent: 'By domain, weakest first' }),
        el('thead', {}, el('tr', {}, ...['Domain', 'Weight', 'Correct', 'Percent', 'Study'].map((h) => el('th', { scope: 'col', textContent: h })))),
        el('tbody', {}, ...domainRows.map(({ d, g }) => el('tr', {},
          el('th', { scope: 'row', textContent: d.title }), cell('Weight', `${d.weight}%`),
          cell('Correct', `${g.c}/${g.t}`), cell('Percent', `${rules.percent(g.c, g.t)}%`),
          cell('Study', ...links(d.notes))))));
      const replay = el('a', { href: `?seed=${a.seed}`, textContent: 'replay this draw' });
      const reviewRows = rows.map((r) => ({ ...r, key: r.q.key, picked: r.mine }));
      const review = el('ol', { className: 'exam-review-list' }, ...reviewRows.map(({ q, mine, right, got, shown }, n) => {
        const flagged = flags.includes(q.key);
        const li = el('li', { className: (right ? 'is-right' : 'is-wrong') + (flagged ? ' is-flagged' : ''), value: n + 1 });
        li.dataset.key = q.key;
        const verdict = right ? 'Right' : !mine.length ? 'Not answered' : got > 0 ? `Partly right (${got} point)` : 'Wrong';
        const head = el('p', { className: 'er-head' }, el('strong', { textContent: verdict }), ` · ${q.domainTitle || domains.get(q.domain)?.title || q.domain}`);
        if (flagged) head.append(' · ', el('span', { className: 'er-flag', textContent: '⚑ Flagged' }));
        // Each option as shown: the right ones with a tick and the "ok" colour, a wrong pick with a cross; the
        // words stay for readers who do not see colour; each option's "why" on its own line.
        li.append(head, html('div', 'q-prompt', q.prompt),
          el('ul', { className: 'er-options' }, ...shown.map((i, pos) => {
            const isAnswer = q.answer.includes(i);
            const chosen = mine.includes(i);
            const opt = el('li', { className: isAnswer ? 'er-opt-right' : chosen ? 'er-opt-wrong' : '' },
              el('span', { className: 'er-icon', textContent: isAnswer ? '✓' : chosen ? '✗' : '' }),
              el('span', { className: 'q-letter', textContent: rules.letter(pos) }), ' ', html('span', 'q-text', q.options[i].text),
              isAnswer ? el('strong', { className: 'er-mark', textContent: ' (right answer)' }) : '',
              chosen ? el('em', { className: 'er-mark', textContent: ' (your answer)' }) : '');
            opt.querySelector('.er-icon').setAttribute('aria-hidden', 'true');
            if (q.options[i].why) opt.append(html('div', 'why-text er-why', q.options[i].why));
            return opt;
          })),
          el('p', { className: 'er-yours', textContent: `Your answer: ${letters(mine, shown)}` }),
          el('p', { className: 'er-right', textContent: `Right answer: ${letters(q.answer, shown)}` }),
        );
        if (q.explanation) li.append(html('div', 'explanation', q.explanation));
        if (q.refs.length) li.append(el('p', { className: 'refs' }, 'Study: ', ...links(q.refs)));
        return li;
      }));
      // Filters: all, wrong, flagged, unanswered, each with its count (rules.reviewCounts).
      const counts = rules.reviewCounts(reviewRows, flags);
      const labels = { all: 'All', wrong: 'Wrong', flagged: 'Flagged', unanswered: 'Unanswered' };
      const showing = el('p', { className: 'er-showing' });
      showing.setAttribute('aria-live', 'polite');
      const filterButtons = rules.REVIEW_FILTERS.map((f) => {
        const b = el('button', { type: 'button', className: `er-filter er-filter-${f}`, textContent: `${labels[f]} (${counts[f]})` });
        b.dataset.filter = f;
        b.addEventListener('click', () => applyFilter(f));
        return b;
      });
      const filterBar = el('div', { className: 'er-filters' }, ...filterButtons);
      filterBar.setAttribute('role', 'group');
      filterBar.setAttribute('aria-label', 'Show in the review');
      function applyFilter(f) {
        [...review.children].forEach((li, n) => (li.hidden = !rules.inReviewFilter(f, reviewRows[n], flags)));
        filterButtons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.filter === f)));
        showing.textContent = f === 'all' ? `Showing all ${counts.all} questions.` : `Showing ${counts[f]} of ${counts.all}: ${labels[f].toLowerCase()}.`;
      }
      applyFilter('all');
      const again = el('button', { type: 'button', className: 'exam-again', textContent: 'Start a new attempt' });
      again.addEventListener('click', () => { ui.result.hidden = true; $('.exam-start-btn').focus(); });
      const heading = el('h2', { className: 'er-title', tabIndex: -1, textContent: a.timeUp ? 'Time is up: your result' : 'Your result' });
      heading.setAttribute('aria-describedby', 'exam-score');
      ui.result.replaceChildren(
        heading,
        el('p', { className: 'er-score', id: 'exam-score' }, el('strong', { textContent: `${a.score}/${a.total}` }), ` correct · ${a.percent}% · `,
          el('strong', { className: a.pass ? 'pass' : 'fail', textContent: a.pass ? 'PASS' : 'FAIL' }), ` (pass mark ${bank.passPercent}%)`),
        el('p', { className: 'er-meta' }, `Time used: ${clock(a.used)} of ${clock(bank.minutes * 60000)} · Seed ${a.seed} (`, replay, ')'),
        table, el('h3', { textContent: 'Review' }), filterBar, showing, review, again);
      ui.result.hidden = false;
      if (focus) {
        // The heading and score at the top of the viewport, focused so a screen reader reads them.
        heading.focus({ preventScroll: true });
        heading.scrollIntoView({ block: 'start' });
      }
    }

    function showHistory() {
      const list = get().exams[id] || [];
      if (!list.length) { ui.history.replaceChildren(); return; }
      ui.history.replaceChildren(el('h2', { textContent: 'Your attempts' }), el('ol', { className: 'exam-attempts' }, ...list.map((a) =>
        el('li', {}, `${new Date(a.date).toLocaleString()}: ${a.score}/${a.total} (${a.percent}%) `,
          el('strong', { className: a.pass ? 'pass' : 'fail', textContent: a.pass ? 'PASS' : 'FAIL' }),
          ` · ${clock(a.used)} · seed ${a.seed}`)).reverse()));
    }
  }
})();
