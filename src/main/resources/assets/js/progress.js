// Progress dashboard (#progress, with window.studysite.banks.progress from progress.bank.js) and study-path ticks
// (.study-path), from the store. Percentages and due counts are rules.js's.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const { get, exportFile, importFile, reset } = window.studysite.store;
  const { now } = window.studysite.clock;
  const { percent: pct, dueCount, attemptSummary, answerTally } = window.studysite.rules;
  const { el, links } = window.studysite.questions;

  /** A table cell labelled with its column, which narrow screens show when the table is stacked. */
  const cell = (label, ...kids) => {
    const td = el('td', {}, ...kids);
    td.dataset.label = label;
    return td;
  };
  const day = (t) => new Date(t).toLocaleDateString(undefined, { dateStyle: 'medium' });

  const root = document.getElementById('progress');
  const bank = (window.studysite.banks || {}).progress;
  if (root && bank) dashboard(root, bank);
  paths();

  function dashboard(root, data) {
    const $ = (s) => root.querySelector(s);
    const status = $('.progress-status');

    // Flashcards are stored, boxed and counted per domain like questions; the summary names them apart.
    const cardKeys = new Set(data.quizzes.flatMap((q) => (q.cards || []).map((id) => `${q.id}#${id}`)));
    const isCard = (k) => cardKeys.has(k);

    function render() {
      const doc = get();
      const stats = Object.values(doc.questions);
      const { seen, answers, right } = answerTally(doc, (k) => !isCard(k));
      const cards = answerTally(doc, isCard);
      const total = data.domains.reduce((n, d) => n + d.total, 0);
      const cardTotal = data.domains.reduce((n, d) => n + (d.cards || 0), 0);
      const noteIds = new Set(data.notes.map((n) => n.id));
      const read = Object.keys(doc.read).filter((id) => noteIds.has(id)).length;
      const due = dueCount(doc, now());
      const dueItem = el('li', { className: 'progress-due' }, `Due for review: ${due}`);
      if (root.dataset.reviewHref) dueItem.append(' (', el('a', { href: root.dataset.reviewHref, textContent: 'review now' }), ')');
      $('.progress-summary').replaceChildren(el('ul', {},
        el('li', { className: 'progress-seen' }, `Questions seen: ${seen} of ${total}${answers ? ` · ${pct(right, answers)}% of ${answers} answers right` : ''}`),
        ...(cardTotal ? [el('li', { className: 'progress-cards' }, `Flashcards seen: ${cards.seen} of ${cardTotal}${cards.answers ? ` · known ${pct(cards.right, cards.answers)}% of ${cards.answers} times` : ''}`)] : []),
        el('li', { className: 'progress-read' }, `Notes marked read: ${read} of ${data.notes.length}`),
        dueItem));

      const rows = data.domains.filter((d) => d.total || d.cards).map((d) => {
        const mine = stats.filter((s) => s.d === d.id);
        const a = mine.reduce((n, s) => n + s.seen, 0);
        const r = mine.reduce((n, s) => n + s.right, 0);
        return { d, seen: mine.length, a, p: a ? pct(r, a) : -1 };
      }).sort((x, y) => (x.p < 0) - (y.p < 0) || x.p - y.p || y.d.weight - x.d.weight);
      $('.progress-domains').replaceChildren(el('table', { className: 'progress-table stack-narrow' },
        el('caption', { textContent: 'By domain, weakest first' }),
        el('thead', {}, el('tr', {}, ...['Domain', 'Weight', 'Seen', 'Right', 'Study'].map((h) => el('th', { scope: 'col', textContent: h })))),
        el('tbody', {}, ...rows.map(({ d, seen: s, p }) => {
          const bar = el('meter', { min: 0, max: 100, value: Math.max(0, p), className: 'progress-meter' });
          return el('tr', { className: 'progress-domain' },
            el('th', { scope: 'row', textContent: d.title }), cell('Weight', d.weight ? `${d.weight}%` : ''),
            cell('Seen', `${s}/${d.total + (d.cards || 0)}`), cell('Right', p < 0 ? 'not yet' : `${p}% `, p < 0 ? '' : bar),
            cell('Study', ...links(d.notes)));
        }))));

      $('.progress-exams').replaceChildren(...data.exams.map((e) => {
        const list = doc.exams[e.id] || [];
        const last = list[list.length - 1];
        return el('p', { className: 'progress-exam' }, el('a', { href: e.href, textContent: e.title }), ': ',
          last ? `last ${last.score}/${last.total} (${last.percent}%) ${last.pass ? 'PASS' : 'FAIL'} on ${day(last.date)}, ${list.length} attempt${list.length > 1 ? 's' : ''}` : 'not taken yet');
      }));

      $('.progress-quizzes').replaceChildren(el('h2', { textContent: 'Quizzes' }), el('ul', {}, ...data.quizzes.map((q) => {
        // Whole-quiz attempts give the best; "Retry missed" rounds are listed as attempts of their own.
        const { best: b, retries, lastRetry } = attemptSummary(doc.attempts[`${q.id}@${q.hash}`] || []);
        const li = el('li', { className: 'progress-quiz' }, el('a', { href: q.href, textContent: q.title }),
          b ? ` · best ${b.percent}% ${b.percent >= q.passPercent ? '(pass)' : ''}` : ' · not tried');
        if (lastRetry) {
          li.append(el('span', { className: 'progress-retries', textContent:
            ` · ${retries.length} ${retries.length === 1 ? 'retry' : 'retries'} of missed questions (last ${lastRetry.score}/${lastRetry.total}, ${day(lastRetry.date)})` }));
        }
        if (q.flashcardsHref) {
          const mine = q.cards.filter((id) => doc.questions[`${q.id}#${id}`]).length;
          li.append(' · ', el('a', { href: q.flashcardsHref }, `flashcards: ${mine} of ${q.cards.length} seen`,
            el('span', { className: 'visually-hidden', textContent: ` (${q.title})` })));
        }
        return li;
      })));
    }

    $('.progress-export').addEventListener('click', exportFile);
    $('.progress-import').addEventListener('change', (e) => {
      const file = e.target.files[0];
      if (!file) return;
      importFile(file).then(() => {
        status.textContent = 'Progress imported.';
        render();
      }, (err) => { status.textContent = err.message; }).finally(() => { e.target.value = ''; });
    });
    $('.progress-reset').addEventListener('click', () => {
      if (reset()) {
        status.textContent = 'Progress reset.';
        render();
      }
    });
    render();
    root.classList.add('ready');
  }

  function paths() {
    const doc = get();
    for (const path of document.querySelectorAll('.study-path')) {
      const items = [...path.querySelectorAll('.path-item')];
      let done = 0;
      for (const item of items) {
        const { itemKind: kind, itemId: id, quizHash } = item.dataset;
        let state = '';
        if (kind === 'note' && doc.read[id]) state = 'read';
        if (kind === 'quiz') {
          const { full, best } = attemptSummary(doc.attempts[`${id}@${quizHash}`] || []);
          if (full.some((a) => a.pass)) state = 'passed';
          else if (best) state = `best ${best.percent}%, not passed yet`;
        }
        if (kind === 'exam' && (doc.exams[id] || []).length) state = 'taken';
        const isDone = ['read', 'passed', 'taken'].includes(state);
        item.classList.toggle('done', isDone);
        if (isDone) done++;
        item.querySelector('.path-state').textContent = state ? `(${state})` : '';
      }
      const p = path.querySelector('.path-progress');
      if (p) p.textContent = `${done} of ${items.length} done (${pct(done, items.length)}%)`;
    }
  }
})();
