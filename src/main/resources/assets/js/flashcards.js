// Flashcards (#flashcards, flashcards/ID.html): the cards of one quiz, one at a time. The page's markup holds every
// card as a <details> (front = summary, back = .fc-back), which is what a reader without JavaScript uses; this
// script reads them, hides the list and shows a session: flip (button, Space or Enter, or a click on the card),
// then "Knew it" or "Didn't", counted on the page and recorded like a review answer, so the card moves between
// the same Leitner boxes as questions (rules.reviewAnswer) and shows up on the review page when due.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const { get, update } = window.studysite.store;
  const { now } = window.studysite.clock;
  const rules = window.studysite.rules;
  const { el, card: cardView } = window.studysite.questions;

  const root = document.getElementById('flashcards');
  if (root) start(root);

  /** The cards as the markup has them: {key, domain, front, back, refs}, in page order. */
  function cardsOf(root) {
    return [...root.querySelectorAll('details.fc-card')].map((d) => {
      const back = d.querySelector('.fc-back').cloneNode(true);
      const refs = [...back.querySelectorAll(':scope > .refs a')].map((a) => ({ href: a.getAttribute('href'), label: a.textContent }));
      back.querySelector(':scope > .refs')?.remove();
      return { key: d.dataset.cardKey, domain: d.dataset.domain, front: d.querySelector('summary').innerHTML, back: back.innerHTML, refs };
    });
  }

  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  /** A click, Space or Enter on something that does its own thing is left to it. */
  const interactive = (t) => t.closest && t.closest('a, button, input, select, textarea, summary, [contenteditable]');

  function start(root) {
    const all = cardsOf(root);
    if (!all.length) return;
    const app = root.querySelector('.fc-app');
    const tally = el('p', { className: 'fc-tally' });
    const status = el('p', { className: 'fc-status visually-hidden' });
    status.setAttribute('role', 'status');
    const stage = el('div', { className: 'fc-stage' });
    app.replaceChildren(tally, stage, status);
    app.hidden = false;
    root.classList.add('fc-ready');

    let deck = all;
    let pos = 0;
    let knew = 0;
    let didnt = 0;
    let missed = [];
    let current = null;

    const counts = () => `Knew it: ${knew} · Didn't: ${didnt}`;
    const boxOf = (key) => {
      const e = get().leitner[key];
      return e ? `from box ${e.box}` : 'new card';
    };

    function show() {
      if (pos >= deck.length) return done();
      const c = deck[pos];
      tally.textContent = counts();
      current = cardView(c, { prefix: 'fc', legend: `Card ${pos + 1} of ${deck.length} · ${boxOf(c.key)}`, onGrade: (right) => grade(c, right) });
      stage.replaceChildren(current.view);
    }

    function grade(c, right) {
      const box = update((doc) => rules.reviewAnswer(doc, c.key, c.domain, right, now()));
      if (right) knew++;
      else {
        didnt++;
        missed.push(c);
      }
      status.textContent = `${right ? 'Knew it' : "Didn't know it"}: now in box ${box}. ${counts()}.`;
      pos++;
      show();
      if (current) current.flip.focus();
    }

    function done() {
      current = null;
      tally.textContent = counts();
      const again = missed;
      const summary = el('h2', { className: 'fc-done', tabIndex: -1,
        textContent: `Done: you knew ${knew} of ${knew + didnt} (${rules.percent(knew, knew + didnt)}%).` });
      const actions = el('div', { className: 'fc-actions' });
      if (again.length) {
        const retry = el('button', { type: 'button', className: 'fc-again', textContent: `Go again with the ${plural(again.length, 'card')} you didn't know` });
        retry.addEventListener('click', () => restart(again));
        actions.append(retry);
      }
      const over = el('button', { type: 'button', className: 'fc-restart', textContent: 'Start over with all cards' });
      over.addEventListener('click', () => restart(all));
      actions.append(over);
      stage.replaceChildren(summary, actions);
      status.textContent = `${summary.textContent} ${counts()}.`;
      summary.focus();
    }

    function restart(cards) {
      deck = cards;
      pos = 0;
      knew = 0;
      didnt = 0;
      missed = [];
      show();
      current.flip.focus();
    }

    // Space or Enter anywhere on the page outside a control flips the card shown (on the flip button itself the
    // browser's own button activation does it).
    document.addEventListener('keydown', (e) => {
      if (!current || e.altKey || e.ctrlKey || e.metaKey || (e.key !== ' ' && e.key !== 'Enter') || interactive(e.target)) return;
      e.preventDefault();
      current.toggle();
      current.flip.focus();
    });
    show();
  }
})();
