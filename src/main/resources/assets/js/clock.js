// The one place scripts read the time. Tests may set window.__studysiteClock to a number (ms), a function or an
// object with now(); readers otherwise get Date.now().
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  function now() {
    const c = window.__studysiteClock;
    if (typeof c === 'number') return c;
    if (typeof c === 'function') return c();
    if (c && typeof c.now === 'function') return c.now();
    return Date.now();
  }

  window.studysite = Object.assign(window.studysite || {}, { clock: { now } });
  if (window.studysite.onPage) window.studysite.onPage(); // nothing on the page to enhance (boot.js)
})();
