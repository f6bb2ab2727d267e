// The mock exam: seeded draw, one question at a time, navigator, flags, countdown from a saved deadline,
// confirmation dialog, result by domain, review, attempt history. State is saved on every change.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const { get, update, recordAnswer } = window.studysite.store;
  const { now } = window.studysite.clock;

  /** mulberry32, exactly as org.studysite.resolve.ExamDraw. */
  function mulberry32(seed) {
    let a = seed;
    return () => {
      a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296;
    };
  }

  /** Fisher–Yates from the front, stopping after k positions: the first k items are a uniform sample. */
  function partialShuffle(items, k, rand) {
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(rand() * (items.length - i));
      [items[i], items[j]] = [items[j], items[i]];
    }
  }

  /**
   * Keys drawn, exactly as org.studysite.resolve.ExamDraw.draw: one generator; per domain in declaration order a
   * partial Fisher–Yates over its pool (bank order); then the whole draw shuffled so domains are interleaved.
   */
  function draw(bank, seed) {
    const rand = mulberry32(seed);
    const out = [];
    for (const d of bank.domains) {
      const pool = bank.questions.filter((q) => q.d === d.id).map((q) => q.k);
      const count = Math.min(Math.max(0, d.count), pool.length);
      partialShuffle(pool, count, rand);
      out.push(...pool.slice(0, count));
    }
    partialShuffle(out, out.length, rand);
    return out;
  }

  /**
   * The order options are shown in for each drawn question: a Fisher–Yates permutation per question, from a
   * second generator on the same seed, so a replayed seed shows the same options in the same places.
   * Answers are kept as source indexes; only the letters shown follow this order.
   */
  function optionOrders(bank, order, seed) {
    const rand = mulberry32((seed ^ 0x9E3779B9) >>> 0);
    const byKey = new Map(bank.questions.map((q) => [q.k, q]));
    const out = {};
    for (const k of order) {
      const idx = byKey.get(k).o.map((_, i) => i);
      partialShuffle(idx, idx.length, rand);
      out[k] = idx;
    }
    return out;
  }

  /**
   * Credit for one answer: 1 or 0, except a multi-select question under "partial" scoring, which earns the share
   * of right options picked less the share of wrong ones picked (never below 0), as partial-credit exams do.
   */
  function credit(q, mine, scoring) {
    const hits = mine.filter((i) => q.a.includes(i)).length;
    if (hits === q.a.length && mine.length === q.a.length) return 1;
    if (scoring !== 'partial' || !q.m) return 0;
    return Math.max(0, (hits - (mine.length - hits)) / q.a.length);
  }

  window.studysite = Object.assign(window.studysite || {}, { exam: { mulberry32, draw, optionOrders, credit } });

  const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const pct = (a, b) => (b ? Math.round((100 * a) / b) : 0);
  const round2 = (x) => Math.round(x * 100) / 100;
  const el = (tag, props = {}, ...kids) => {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...kids);
    return e;
  };
  /** A table cell labelled with its column, which narrow screens show when the table is stacked. */
  const cell = (label, ...kids) => {
    const td = el('td', {}, ...kids);
    td.dataset.label = label;
    return td;
  };
  const html = (tag, cls, markup) => {
    const e = el(tag, { className: cls });
    e.innerHTML = markup; // build-time rendered, sanitized HTML from our own bank
    return e;
  };
  const clock = (ms) => {
    const s = Math.max(0, Math.ceil(ms / 1000));
    const h = Math.floor(s / 3600);
    const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0');
    return (h ? h + ':' : '') + mm + ':' + String(s % 60).padStart(2, '0');
  };
  const same = (a, b) => a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);
  const links = (refs) => refs.flatMap((r, i) => [i ? ', ' : '', el('a', { href: r.h, textContent: r.l })]);

  const root = document.querySelector('.exam[data-exam-id]');
  const bankEl = document.getElementById('exam-bank');
  if (root && bankEl) start(root, JSON.parse(bankEl.textContent));

  function start(root, bank) {
    const id = root.dataset.examId;
    const $ = (s) => root.querySelector(s);
    const byKey = new Map(bank.questions.map((q) => [q.k, q]));
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
      const order = draw(bank, seed);
      state = { seed, order, perm: optionOrders(bank, order, seed), answers: {}, flags: [], cur: 0, start: t, deadline: t + bank.minutes * 60000, warned: [] };
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
        showResult(last, rowsOf(r), false);
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
      const fs = el('fieldset', { className: 'question exam-q' });
      fs.dataset.key = k;
      fs.dataset.domain = q.d;
      fs.setAttribute('aria-labelledby', 'exam-q-n exam-q-p');
      fs.append(
        el('legend', { className: 'q-head' }, el('span', { className: 'q-number', id: 'exam-q-n', textContent: `Question ${n} of ${state.order.length}` })),
        Object.assign(html('div', 'q-prompt', q.p), { id: 'exam-q-p' }),
      );
      if (q.m) fs.append(el('p', { className: 'q-hint', textContent: q.sc ? `Select ${q.a.length}` : 'Select all that apply' }));
      const opts = el('div', { className: 'q-options' });
      displayOrder(k, q).forEach((i, pos) => {
        const input = el('input', { type: q.m ? 'checkbox' : 'radio', name: 'exam-answer', id: `exam-o${pos}`, value: String(i), checked: ans.includes(i) });
        input.addEventListener('change', () => choose());
        const label = el('label', { htmlFor: `exam-o${pos}` }, el('span', { className: 'q-letter', textContent: LETTERS[pos] }), ' ', html('span', 'q-text', q.o[i]));
        const opt = el('div', { className: 'q-option' }, input, label);
        opt.dataset.index = i;
        opts.append(opt);
      });
      fs.append(opts);
      ui.question.replaceChildren(fs);
      ui.position.textContent = `Question ${n} of ${state.order.length}`;
      $('.exam-prev').disabled = state.cur === 0;
      $('.exam-next').disabled = state.cur === state.order.length - 1;
      paintNav();
    }

    /** One row per question of an attempt: the question, the answer given, whether right, its credit, options as shown. */
    function rowsOf(s) {
      return s.order.map((k) => {
        const q = byKey.get(k);
        const mine = s.answers[k] || [];
        return { q, mine, right: same(mine, q.a), got: credit(q, mine, bank.multiSelectScoring), shown: displayOrder(k, q, s) };
      });
    }

    /** Source indexes in the order shown (attempts saved before options were shuffled show them in source order). */
    function displayOrder(k, q, st = state) {
      const perm = st.perm && st.perm[k];
      return Array.isArray(perm) && perm.length === q.o.length ? perm : q.o.map((_, i) => i);
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
      else if (/^[a-e]$/.test(key)) option = LETTERS.indexOf(key.toUpperCase());
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
      const per = new Map(bank.domains.map((d) => [d.id, { c: 0, t: 0 }]));
      const rows = rowsOf(s);
      rows.forEach((r) => {
        const g = per.get(r.q.d);
        g.t++;
        g.c = round2(g.c + r.got);
      });
      const score = round2(rows.reduce((sum, r) => sum + r.got, 0));
      // The answers of the latest attempt are kept with it, so its full result is shown again after a reload.
      const review = { order: s.order, perm: s.perm, answers: s.answers };
      const attempt = { date: t, seed: s.seed, score, total: rows.length, percent: pct(score, rows.length), used: t - s.start, timeUp, domains: Object.fromEntries(per), review };
      attempt.pass = attempt.percent >= bank.passPercent;
      update((doc) => {
        delete doc.examState[id];
        rows.forEach((r) => recordAnswer(doc, r.q.k, r.q.d, r.right, t));
        const list = doc.exams[id] || (doc.exams[id] = []);
        list.forEach((a) => delete a.review); // only the latest keeps its answers: storage stays small
        list.push(attempt);
      });
      ui.run.hidden = true;
      ui.start.hidden = false;
      root.classList.remove('exam-running');
      showResult(attempt, rows);
      showHistory();
    }

    function showResult(a, rows, focus = true) {
      // Letters as the reader saw them in this attempt (options were shuffled).
      const letters = (idx, shown) => (idx.length ? idx.map((i) => LETTERS[shown.indexOf(i)]).sort().join(', ') : 'none');
      const domainRows = bank.domains.map((d) => ({ d, g: a.domains[d.id] }))
        .filter((x) => x.g.t)
        .sort((x, y) => pct(x.g.c, x.g.t) - pct(y.g.c, y.g.t) || y.d.weight - x.d.weight);
      const table = el('table', { className: 'exam-domains exam-result-domains stack-narrow' },
        el('caption', { textContent: 'By domain, weakest first' }),
        el('thead', {}, el('tr', {}, ...['Domain', 'Weight', 'Correct', 'Percent', 'Study'].map((h) => el('th', { scope: 'col', textContent: h })))),
        el('tbody', {}, ...domainRows.map(({ d, g }) => el('tr', {},
          el('th', { scope: 'row', textContent: d.title }), cell('Weight', `${d.weight}%`),
          cell('Correct', `${g.c}/${g.t}`), cell('Percent', `${pct(g.c, g.t)}%`),
          cell('Study', ...links(d.notes))))));
      const replay = el('a', { href: `?seed=${a.seed}`, textContent: 'replay this draw' });
      const review = el('ol', { className: 'exam-review-list' }, ...rows.map(({ q, mine, right, got, shown }) => {
        const li = el('li', { className: right ? 'is-right' : 'is-wrong' });
        li.dataset.key = q.k;
        const verdict = right ? 'Right' : got > 0 ? `Partly right (${got} point)` : 'Wrong';
        li.append(
          el('p', {}, el('strong', { textContent: verdict }), ` · ${q.dt || domains.get(q.d)?.title || q.d}`),
          html('div', 'q-prompt', q.p),
          el('ul', { className: 'er-options' }, ...shown.map((i, pos) => el('li', {},
            el('span', { className: 'q-letter', textContent: LETTERS[pos] }), ' ', html('span', 'q-text', q.o[i]),
            q.a.includes(i) ? el('strong', { className: 'er-mark', textContent: ' (right answer)' }) : '',
            mine.includes(i) ? el('em', { className: 'er-mark', textContent: ' (your answer)' }) : ''))),
          el('p', { className: 'er-yours', textContent: `Your answer: ${letters(mine, shown)}` }),
          el('p', { className: 'er-right', textContent: `Right answer: ${letters(q.a, shown)}` }),
        );
        if (q.e) li.append(html('div', 'explanation', q.e));
        if (q.r.length) li.append(el('p', { className: 'refs' }, 'Study: ', ...links(q.r)));
        return li;
      }));
      const again = el('button', { type: 'button', className: 'exam-again', textContent: 'Start a new attempt' });
      again.addEventListener('click', () => { ui.result.hidden = true; $('.exam-start-btn').focus(); });
      ui.result.replaceChildren(
        el('h2', { textContent: a.timeUp ? 'Time is up: your result' : 'Your result' }),
        el('p', { className: 'er-score' }, el('strong', { textContent: `${a.score}/${a.total}` }), ` correct · ${a.percent}% · `,
          el('strong', { className: a.pass ? 'pass' : 'fail', textContent: a.pass ? 'PASS' : 'FAIL' }), ` (pass mark ${bank.passPercent}%)`),
        el('p', { className: 'er-meta' }, `Time used: ${clock(a.used)} of ${clock(bank.minutes * 60000)} · Seed ${a.seed} (`, replay, ')'),
        table, el('h3', { textContent: 'Review' }), review, again);
      ui.result.hidden = false;
      if (focus) ui.result.focus();
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
