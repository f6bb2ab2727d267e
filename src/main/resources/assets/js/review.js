// Leitner review: questions and flashcards due first (box 1 daily, 2 every 3 days, 3 weekly), then new ones up to a
// session of 10. A question is answered and checked; a card shows its front, the back on demand and is graded by
// the learner ("Knew it" / "Didn't"). The bank is window.studysite.banks.review (review.bank.js); the queue, the
// order of new items and the box moves are rules.js's.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const { get, update } = window.studysite.store;
  const { now } = window.studysite.clock;
  const rules = window.studysite.rules;
  const { el, html, links, fieldset, picked, mark, card: cardView } = window.studysite.questions;

  const SESSION = 10;

  const root = document.getElementById('review');
  const bank = (window.studysite.banks || {}).review;
  if (root && bank) start(root, bank);

  function start(root, data) {
    const items = rules.reviewItems(data.questions, data.cards || []);
    const cardKeys = new Set((data.cards || []).map((c) => c.key));
    const byKey = new Map(items.map((q) => [q.key, q]));
    const known = new Set(byKey.keys());
    const status = root.querySelector('.review-status');
    const card = root.querySelector('.review-card');
    const actions = root.querySelector('.review-actions');
    let keys = rules.reviewQueue(get(), items, now(), SESSION);
    let pos = 0;
    let right = 0;

    const boxes = () => {
      const doc = get();
      const counts = rules.boxCounts(doc, known);
      const due = rules.dueCount(doc, now(), known);
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
      const kind = cardKeys.has(k) ? 'card' : 'question';
      status.textContent = `${kind === 'card' ? 'Card' : 'Question'} ${pos + 1} of ${keys.length} · ${entry ? `from box ${entry.box}` : `new ${kind}`} · ${boxes()}`;
      if (kind === 'card') return showCard(k, q);
      const fs = fieldset(q, { prefix: 'review', className: 'review-q', legend: q.domainTitle || 'Question' });
      fs.dataset.box = entry ? entry.box : 0;
      const opts = fs.querySelector('.q-options');
      const feedback = el('p', { className: 'q-feedback' });
      feedback.setAttribute('aria-live', 'polite');
      // Check waits for a pick: a click with nothing chosen used to count as a wrong answer and reset the box.
      const check = el('button', { type: 'button', className: 'review-check', textContent: 'Check', disabled: true });
      opts.addEventListener('change', () => { check.disabled = !picked(fs).length; });
      fs.append(el('div', { className: 'q-actions' }, check, feedback));
      card.replaceChildren(fs);
      actions.replaceChildren();
      check.addEventListener('click', () => {
        const mine = picked(fs);
        if (!mine.length) return;
        const ok = rules.isRight(q.answer, mine);
        const box = update((doc) => rules.reviewAnswer(doc, k, q.domain, ok, now()));
        if (ok) right++;
        fs.classList.add(ok ? 'is-right' : 'is-wrong');
        mark(fs, q.answer, mine);
        opts.querySelectorAll('.q-option').forEach((o) => {
          const why = q.options[+o.dataset.index].why;
          if (why) o.append(html('div', 'why-text review-why', why)); // on its own line below the option
        });
        opts.querySelectorAll('input').forEach((i) => (i.disabled = true));
        feedback.textContent = `${ok ? 'Correct' : `Incorrect. The answer is ${q.answer.map(rules.letter).join(', ')}`}. Now in box ${box}.`;
        if (q.explanation) fs.append(html('div', 'explanation', q.explanation));
        if (q.refs.length) fs.append(el('p', { className: 'refs' }, 'Study: ', ...links(q.refs)));
        check.remove();
        nextButton();
      });
    }

    /** The button to the next item (or Finish), focused; the next item's first control takes the focus. */
    function nextButton() {
      const label = pos + 1 >= keys.length ? 'Finish' : cardKeys.has(keys[pos + 1]) ? 'Next card' : 'Next question';
      const next = el('button', { type: 'button', className: 'review-next', textContent: label });
      next.addEventListener('click', () => { pos++; show(); card.querySelector('input, .fc-flip')?.focus(); });
      actions.replaceChildren(next);
      next.focus();
    }

    /** A flashcard: front, back on demand, then the learner's own verdict moves its box. */
    function showCard(k, c) {
      const feedback = el('p', { className: 'q-feedback' });
      feedback.setAttribute('aria-live', 'polite');
      const view = cardView(c, {
        prefix: 'review', legend: c.domainTitle || 'Card', onGrade: (ok) => {
          const box = update((doc) => rules.reviewAnswer(doc, k, c.domain, ok, now()));
          if (ok) right++;
          view.view.classList.add(ok ? 'is-right' : 'is-wrong');
          feedback.textContent = `${ok ? 'Knew it' : "Didn't know it"}. Now in box ${box}.`;
          nextButton();
        },
      });
      view.view.classList.add('review-card-item');
      view.view.dataset.box = get().leitner[k] ? get().leitner[k].box : 0;
      card.replaceChildren(view.view, feedback);
      actions.replaceChildren();
    }
    show();
  }
})();
