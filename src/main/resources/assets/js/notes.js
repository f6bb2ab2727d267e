// On note pages (article[data-note-id]): a "Mark as read" toggle and tickable task lists, remembered per note.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const { get, update } = window.studysite.store;
  const { now } = window.studysite.clock;

  for (const article of document.querySelectorAll('article[data-note-id]')) {
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
})();
