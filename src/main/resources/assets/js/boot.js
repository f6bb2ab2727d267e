// The one blocking script, loaded in <head> before anything is drawn. It marks <html> with class "js" (and
// "can-copy" where the clipboard API exists) so the CSS lays the page out from the first frame the way the
// deferred scripts will leave it: no jump when they run (Lighthouse's layout shift), no flash of the no-JS text.
// Once the page is parsed it folds the contents block on a narrow screen (CSS keeps its list hidden until then).
// It also owns studysite.onPage, the one hook through which scripts enhance markup (below).
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const root = document.documentElement;
  root.classList.add('js');
  if (navigator.clipboard) root.classList.add('can-copy');

  // studysite.onPage(fn): fn(part) enhances the markup under part (a document or an element). It runs once for the
  // document (at once, or when the page is parsed if it is still loading), and again for each part of the page
  // the dev server swaps in when the open page's file is edited (serve's live.js calls studysite.enhance(part)),
  // so a swapped page is what a fresh load gives. A script registers even with nothing to redo (onPage()): live.js
  // swaps a page only when every script of its <head> has registered; any other script holds state, and the page
  // is reloaded instead. Page-wide set-up (a key handler on document) stays outside fn: it must not be added twice.
  const hooks = [];
  const registered = new Set();
  const S = (window.studysite = window.studysite || {});
  S.onPage = (fn) => {
    if (document.currentScript) registered.add(document.currentScript.src);
    if (!fn) return;
    hooks.push(fn);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => fn(document));
    else fn(document);
  };
  S.enhance = (part) => hooks.forEach((fn) => fn(part));
  S.registered = (src) => registered.has(src);

  // A narrow screen starts with the contents folded.
  S.onPage((part) => {
    const toc = part.querySelector('details.toc');
    if (!toc) return;
    if (window.matchMedia('(max-width: 50rem)').matches) toc.open = false;
    toc.classList.add('toc-ready');
  });
})();
