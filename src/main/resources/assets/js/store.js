// Progress kept in one versioned JSON document in localStorage (key studysite:v1, the slot's name; the document's
// `version` field says its schema). Damaged data is reset with a visible notice; a document of an older version is
// migrated; storage that is off falls back to memory for this page. What an answer does to the document (stats,
// Leitner boxes) is rules.js's; this script only keeps it.
// A classic script (not an ES module) so the page also works when opened from file://. Under Node, require() gets
// the pure part (VERSION, PARTS, valid, migrate) for src/test/js/store.test.js.
(() => {
  'use strict';

  const KEY = 'studysite:v1';
  const VERSION = 2;
  /** Version 2 added quizState: the picks of a quiz not yet submitted. */
  const PARTS = ['attempts', 'exams', 'examState', 'questions', 'leitner', 'read', 'checks', 'quizState'];

  const empty = () => Object.fromEntries([['version', VERSION], ...PARTS.map((p) => [p, {}])]);
  const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const valid = (d) => isMap(d) && d.version === VERSION && PARTS.every((p) => isMap(d[p]));

  /**
   * The document brought to VERSION, or null when it is not one of ours (damaged, or from a newer version).
   * Version 1 → 2 adds an empty quizState; nothing else changed, so every answer, attempt and box is kept.
   */
  function migrate(d) {
    if (!isMap(d) || typeof d.version !== 'number') return null;
    const doc = { ...d };
    if (doc.version === 1) {
      doc.quizState = isMap(doc.quizState) ? doc.quizState : {};
      doc.version = 2;
    }
    return valid(doc) ? doc : null;
  }

  if (typeof window !== 'object') {
    if (typeof module === 'object' && module.exports) module.exports = { KEY, VERSION, PARTS, valid, migrate, empty };
    return;
  }

  const { now } = window.studysite.clock;

  document.documentElement.classList.add('js');

  let ls = null;
  let memory = null;
  try {
    ls = window.localStorage;
    ls.setItem(KEY + ':probe', '1');
    ls.removeItem(KEY + ':probe');
  } catch {
    ls = null;
  }

  function write(doc) {
    memory = doc;
    if (ls) {
      try {
        ls.setItem(KEY, JSON.stringify(doc));
      } catch {
        notice('Your progress could not be saved (storage is full or blocked).');
      }
    }
  }

  /** The current document, re-read every time so several tabs stay in step. */
  function get() {
    if (!ls) return memory || (memory = empty());
    const raw = ls.getItem(KEY);
    if (raw === null) return empty();
    try {
      const doc = migrate(JSON.parse(raw));
      if (doc) return doc;
    } catch { /* reset below */ }
    try { ls.setItem(KEY + ':damaged', raw); } catch { /* best effort */ }
    const doc = empty();
    write(doc);
    notice('Your saved progress could not be read (damaged or from an older version), so it was reset.');
    return doc;
  }

  /** Runs fn on the document and saves it. Returns what fn returns. */
  function update(fn) {
    const doc = get();
    const result = fn(doc);
    write(doc);
    return result;
  }

  /** A message at the top of the page, e.g. after a reset. */
  function notice(text) {
    const show = () => {
      const box = document.createElement('div');
      box.className = 'store-notice';
      box.setAttribute('role', 'alert');
      const p = document.createElement('p');
      p.textContent = text;
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = 'Dismiss';
      b.addEventListener('click', () => box.remove());
      box.append(p, b);
      (document.querySelector('main') || document.body).prepend(box);
    };
    if (document.body) show(); else document.addEventListener('DOMContentLoaded', show);
  }
  if (!ls) notice('This browser does not let the site store data, so your progress is kept only until you leave the page.');

  const exportJson = () => JSON.stringify(get(), null, 1);

  /** Downloads the document as a .json file. */
  function exportFile() {
    const url = URL.createObjectURL(new Blob([exportJson()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'studysite-progress-' + new Date(now()).toISOString().slice(0, 10) + '.json';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Replaces the document with an exported one; throws Error with a reader-facing message when it is not valid. */
  function importJson(text) {
    let doc;
    try {
      doc = JSON.parse(text);
    } catch {
      throw new Error('That file is not JSON.');
    }
    doc = migrate(doc);
    if (!doc) throw new Error('That file is not a progress export of this site (or is from a newer version).');
    write(doc);
    return doc;
  }

  const importFile = (file) => file.text().then(importJson);

  /** Asks, then clears everything. Returns whether it did. */
  function reset(ask = true) {
    if (ask && !window.confirm('Delete all your saved answers, exam attempts and review boxes?')) return false;
    write(empty());
    return true;
  }

  // A small debug and test API.
  window.studysite = Object.assign(window.studysite || {}, {
    store: { VERSION, valid, migrate, get, update, notice, exportJson, exportFile, importJson, importFile, reset },
  });
  // Nothing to redo when the dev server swaps part of the page in (boot.js): a notice is shown once per visit.
  if (window.studysite.onPage) window.studysite.onPage();
})();
