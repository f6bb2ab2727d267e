// On note pages (article[data-note-id]): a "Mark as read" toggle and tickable task lists, remembered per note.
// Through studysite.onPage (boot.js): the dev server runs it again on a note it swaps in.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const { get, update } = window.studysite.store;
  const { now } = window.studysite.clock;

  window.studysite.onPage((part) => {
    for (const article of part.querySelectorAll('article[data-note-id]')) {
      const id = article.dataset.noteId;
      const boxes = [...article.querySelectorAll('.task-list-item > input[type=checkbox], li > input[type=checkbox][disabled]:first-child')]
        .filter((b, i, all) => all.indexOf(b) === i);
      const ticks = new Set(get().checks[id] || []);
      boxes.forEach((box, i) => {
        box.disabled = false;
        box.checked = ticks.has(i);
        box.addEventListener('change', () => update((doc) => {
          const set = new Set(doc.checks[id] || []);
          if (box.checked) set.add(i); else set.delete(i);
          doc.checks[id] = [...set].sort((a, b) => a - b);
        }));
      });

      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'note-read' });
      const paint = () => {
        const read = !!get().read[id];
        button.setAttribute('aria-pressed', String(read));
        button.textContent = read ? 'Marked as read' : 'Mark as read';
      };
      button.addEventListener('click', () => {
        update((doc) => {
          if (doc.read[id]) delete doc.read[id]; else doc.read[id] = now();
        });
        paint();
      });
      paint();
      const bar = Object.assign(document.createElement('div'), { className: 'note-actions' });
      bar.append(button);
      article.append(bar);
    }

    // Home page: its "Start here" callout becomes "Continue where you left off" once the store holds progress.
    // Without JavaScript (or without progress) it stays "Start here".
    const start = [...part.querySelectorAll('article .callout-title')].find((t) => t.textContent.trim() === 'Start here');
    const progressLink = start?.parentElement.querySelector('a[href$="progress.html"]');
    const doc = get();
    const notesRead = Object.keys(doc.read || {}).length;
    const quizzesTaken = Object.keys(doc.attempts || {}).length + Object.keys(doc.exams || {}).length;
    if (progressLink && (notesRead || quizzesTaken)) {
      start.textContent = 'Continue where you left off';
      const p = document.createElement('p');
      const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
      p.append(`You have marked ${plural(notesRead, 'note')} as read and taken ${quizzesTaken === 1 ? '1 quiz or exam' : `${quizzesTaken} quizzes or exams`}. `);
      const a = Object.assign(document.createElement('a'), { href: progressLink.getAttribute('href'), textContent: 'Continue from your progress page' });
      p.append(a, '.');
      start.after(p);
    }
  });
})();
