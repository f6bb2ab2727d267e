// Question markup built in the browser, in one place: the fieldset of a bank question (exam and review pages),
// with the classes of templates/partials/question.ftlh, the right/wrong marks on options (quiz, review), and the
// flashcard view with its flip and self-grade buttons (flashcard and review pages).
// A classic script (not an ES module) so the page also works when opened from file://; sets
// window.studysite.questions. Needs rules.js (letters).
(() => {
  'use strict';

  const { letter } = window.studysite.rules;

  const el = (tag, props = {}, ...kids) => {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...kids);
    return e;
  };

  /** An element holding build-time rendered, sanitized HTML from the site's own bank. */
  const html = (tag, cls, markup) => {
    const e = el(tag, { className: cls });
    e.innerHTML = markup;
    return e;
  };

  /** Links [{href, label}] as a comma-separated list of nodes. */
  const links = (refs) => refs.flatMap((r, i) => [i ? ', ' : '', el('a', { href: r.href, textContent: r.label })]);

  /** "Select 2" or "Select all that apply" for a multi-select question, as the exam says it. */
  const hint = (q) => (q.showCount ? `Select ${q.answer.length}` : 'Select all that apply');

  /**
   * fieldset.question for a bank question. Ids: PREFIX-q-n (legend), PREFIX-q-p (prompt), PREFIX-oN (N = shown
   * position); inputs are named PREFIX-answer and carry source indexes as values; letters follow the shown order.
   * options: {prefix, className, legend (text), order (source indexes as shown; default source order),
   * picked (source indexes checked), onChange}.
   */
  function fieldset(q, { prefix, className = '', legend, order = q.options.map((_, i) => i), picked = [], onChange } = {}) {
    const fs = el('fieldset', { className: `question ${className}`.trim() });
    fs.dataset.key = q.key;
    fs.dataset.domain = q.domain;
    fs.setAttribute('aria-labelledby', `${prefix}-q-n ${prefix}-q-p`);
    fs.append(
      el('legend', { className: 'q-head' }, el('span', { className: 'q-number', id: `${prefix}-q-n`, textContent: legend })),
      Object.assign(html('div', 'q-prompt', q.prompt), { id: `${prefix}-q-p` }),
    );
    if (q.multiple) fs.append(el('p', { className: 'q-hint', textContent: hint(q) }));
    const box = el('div', { className: 'q-options' });
    order.forEach((i, pos) => {
      const id = `${prefix}-o${pos}`;
      const input = el('input', { type: q.multiple ? 'checkbox' : 'radio', name: `${prefix}-answer`, id, value: String(i), checked: picked.includes(i) });
      if (onChange) input.addEventListener('change', onChange);
      const label = el('label', { htmlFor: id }, el('span', { className: 'q-letter', textContent: letter(pos) }), ' ', html('span', 'q-text', q.options[i].text));
      const opt = el('div', { className: 'q-option' }, input, label);
      opt.dataset.index = i;
      box.append(opt);
    });
    fs.append(box);
    return fs;
  }

  /** The source indexes checked inside container. */
  const picked = (container) => [...container.querySelectorAll('.q-options input')].filter((i) => i.checked).map((i) => +i.value);

  /**
   * Marks each .q-option[data-index] of container: opt-right on the right options, opt-wrong on wrong picks; with
   * labels, a .q-mark saying so ("✓ right, your pick", "✓ right answer", "✗ your pick, wrong").
   */
  function mark(container, answer, mine, { labels = false } = {}) {
    for (const opt of container.querySelectorAll('.q-option')) {
      const i = +opt.dataset.index;
      const isAnswer = answer.includes(i);
      const chosen = mine.includes(i);
      opt.classList.toggle('opt-right', isAnswer);
      opt.classList.toggle('opt-wrong', chosen && !isAnswer);
      opt.querySelector('.q-mark')?.remove();
      if (labels && (isAnswer || chosen)) {
        opt.append(el('span', { className: 'q-mark', textContent: isAnswer ? (chosen ? '✓ right, your pick' : '✓ right answer') : '✗ your pick, wrong' }));
      }
    }
  }

  /** Removes what mark() added. */
  function unmark(container) {
    for (const opt of container.querySelectorAll('.q-option')) {
      opt.classList.remove('opt-right', 'opt-wrong');
      opt.querySelector('.q-mark')?.remove();
    }
  }

  /**
   * A flashcard: its front, its back (hidden until flipped) and the buttons. card: {key, front, back (html),
   * refs [{href, label}]}. The flip button is a disclosure (aria-expanded, aria-controls the back) and flips back
   * and forth; a click on the card itself (not on a link in it) flips it too. "Knew it" and "Didn't" show once the
   * back has been seen and call onGrade(true|false). Ids: PREFIX-front, PREFIX-back.
   */
  function card(c, { prefix, legend, onGrade, onFlip }) {
    const back = html('div', 'fc-face fc-back-face', c.back);
    back.id = `${prefix}-back`;
    back.hidden = true;
    if (c.refs && c.refs.length) back.append(el('p', { className: 'refs' }, 'Study: ', ...links(c.refs)));
    const front = Object.assign(html('div', 'fc-face fc-front-face', c.front), { id: `${prefix}-front` });
    const faces = el('div', { className: 'fc-faces' }, front, back);
    const flip = el('button', { type: 'button', className: 'fc-flip', textContent: 'Show back' });
    flip.setAttribute('aria-expanded', 'false');
    flip.setAttribute('aria-controls', back.id);
    const knew = el('button', { type: 'button', className: 'fc-knew', textContent: 'Knew it' });
    const didnt = el('button', { type: 'button', className: 'fc-didnt', textContent: "Didn't" });
    const grade = el('div', { className: 'fc-grade', hidden: true }, knew, didnt);
    grade.setAttribute('role', 'group');
    grade.setAttribute('aria-label', 'Did you know it?');
    const view = el('section', { className: 'fc-view' },
      el('h2', { className: 'fc-legend', id: `${prefix}-legend`, textContent: legend }), faces,
      el('div', { className: 'fc-controls' }, flip, grade));
    view.setAttribute('aria-labelledby', `${prefix}-legend`);
    view.dataset.key = c.key;
    const toggle = () => {
      const open = back.hidden;
      back.hidden = !open;
      view.classList.toggle('is-flipped', open);
      flip.setAttribute('aria-expanded', String(open));
      flip.textContent = open ? 'Show front only' : 'Show back';
      if (open) grade.hidden = false;
      if (onFlip) onFlip(open);
    };
    flip.addEventListener('click', toggle);
    faces.addEventListener('click', (e) => { if (!e.target.closest('a, button, summary, input')) toggle(); });
    const graded = (right) => () => {
      knew.disabled = true;
      didnt.disabled = true;
      onGrade(right);
    };
    knew.addEventListener('click', graded(true));
    didnt.addEventListener('click', graded(false));
    return { view, flip, toggle, knew, didnt };
  }

  window.studysite = Object.assign(window.studysite || {}, { questions: { el, html, links, hint, fieldset, picked, mark, unmark, card } });
})();
