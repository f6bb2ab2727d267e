// Leitner review: questions due first (box 1 daily, 2 every 3 days, 3 weekly), then new ones up to a session of 10.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const { get, update, recordAnswer, leitnerStep } = window.studysite.store;
  const { now } = window.studysite.clock;

  const SESSION = 10;
  const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const el = (tag, props = {}, ...kids) => {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...kids);
    return e;
  };
  const html = (tag, cls, markup) => {
    const e = el(tag, { className: cls });
    e.innerHTML = markup; // build-time rendered, sanitized HTML from our own bank
    return e;
  };
  const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

  /** Keys to review now: due (earliest first, lower box first), then never-seen questions in bank order. */
  function queue(doc, questions, t, size = SESSION) {
    const known = new Set(questions.map((q) => q.k));
    const due = Object.entries(doc.leitner).filter(([k, e]) => known.has(k) && e.due <= t)
      .sort(([, a], [, b]) => a.due - b.due || a.box - b.box).map(([k]) => k);
    const fresh = questions.map((q) => q.k).filter((k) => !doc.leitner[k] && !doc.questions[k]);
    return [...due, ...fresh.slice(0, Math.max(0, size - due.length))];
  }
  window.studysite = Object.assign(window.studysite || {}, { review: { queue } });

  const root = document.getElementById('review');
  const dataEl = document.getElementById('review-data');
  if (root && dataEl) start(root, JSON.parse(dataEl.textContent));

  function start(root, data) {
    const byKey = new Map(data.questions.map((q) => [q.k, q]));
    const status = root.querySelector('.review-status');
    const card = root.querySelector('.review-card');
    const actions = root.querySelector('.review-actions');
    let keys = queue(get(), data.questions, now());
    let pos = 0;
    let right = 0;

    const boxes = () => {
      const doc = get();
      const counts = [0, 0, 0, 0];
      Object.entries(doc.leitner).forEach(([k, e]) => byKey.has(k) && counts[e.box]++);
      const due = Object.entries(doc.leitner).filter(([k, e]) => byKey.has(k) && e.due <= now()).length;
      return `Due now: ${due} · Box 1 (daily): ${counts[1]} · Box 2 (every 3 days): ${counts[2]} · Box 3 (weekly): ${counts[3]}`;
    };

    function show() {
      if (pos >= keys.length) {
        status.textContent = keys.length ? `Session done: ${right} of ${keys.length} right. ${boxes()}` : `Nothing to review now. ${boxes()}`;
        card.replaceChildren();
        actions.replaceChildren();
        return;
      }
      const k = keys[pos];
      const q = byKey.get(k);
      const entry = get().leitner[k];
      status.textContent = `Question ${pos + 1} of ${keys.length} · ${entry ? `from box ${entry.box}` : 'new question'} · ${boxes()}`;
      const fs = el('fieldset', { className: 'question review-q' });
      fs.dataset.key = k;
      fs.dataset.box = entry ? entry.box : 0;
      fs.setAttribute('aria-labelledby', 'review-q-n review-q-p');
      fs.append(el('legend', { className: 'q-head' }, el('span', { className: 'q-number', id: 'review-q-n', textContent: q.dt || 'Question' })),
        Object.assign(html('div', 'q-prompt', q.p), { id: 'review-q-p' }));
      if (q.m) fs.append(el('p', { className: 'q-hint', textContent: q.sc ? `Select ${q.a.length}` : 'Select all that apply' }));
      const opts = el('div', { className: 'q-options' });
      q.o.forEach((text, i) => {
        const input = el('input', { type: q.m ? 'checkbox' : 'radio', name: 'review-answer', id: `review-o${i}`, value: String(i) });
        const opt = el('div', { className: 'q-option' }, input,
          el('label', { htmlFor: `review-o${i}` }, el('span', { className: 'q-letter', textContent: LETTERS[i] }), ' ', html('span', 'q-text', text)));
        opt.dataset.index = i;
        opts.append(opt);
      });
      const feedback = el('p', { className: 'q-feedback' });
      feedback.setAttribute('aria-live', 'polite');
      const check = el('button', { type: 'button', className: 'review-check', textContent: 'Check' });
      fs.append(opts, el('div', { className: 'q-actions' }, check, feedback));
      card.replaceChildren(fs);
      actions.replaceChildren();
      check.addEventListener('click', () => {
        const mine = [...opts.querySelectorAll('input')].filter((i) => i.checked).map((i) => +i.value);
        const ok = same(mine, q.a);
        const t = now();
        const box = update((doc) => {
          recordAnswer(doc, k, q.d, ok, t);
          return leitnerStep(doc, k, ok, t);
        });
        if (ok) right++;
        fs.classList.add(ok ? 'is-right' : 'is-wrong');
        opts.querySelectorAll('.q-option').forEach((o) => {
          const i = +o.dataset.index;
          o.classList.toggle('opt-right', q.a.includes(i));
          o.classList.toggle('opt-wrong', mine.includes(i) && !q.a.includes(i));
          if (q.w[i]) o.append(html('div', 'why-text', q.w[i]));
        });
        opts.querySelectorAll('input').forEach((i) => (i.disabled = true));
        feedback.textContent = `${ok ? 'Correct' : `Incorrect. The answer is ${q.a.map((i) => LETTERS[i]).join(', ')}`}. Now in box ${box}.`;
        if (q.e) fs.append(html('div', 'explanation', q.e));
        if (q.r.length) fs.append(el('p', { className: 'refs' }, 'Study: ', ...q.r.flatMap((r, i) => [i ? ', ' : '', el('a', { href: r.h, textContent: r.l })])));
        check.remove();
        const next = el('button', { type: 'button', className: 'review-next', textContent: pos + 1 < keys.length ? 'Next question' : 'Finish' });
        next.addEventListener('click', () => { pos++; show(); card.querySelector('input')?.focus(); });
        actions.replaceChildren(next);
        next.focus();
      });
    }
    show();
  }
})();
