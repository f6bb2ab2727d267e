// The one blocking script, loaded in <head> before anything is drawn. It marks <html> with class "js" (and
// "can-copy" where the clipboard API exists) so the CSS lays the page out from the first frame the way the
// deferred scripts will leave it: no jump when they run (Lighthouse's layout shift), no flash of the no-JS text.
// Once the page is parsed it folds the contents block on a narrow screen (CSS keeps its list hidden until then).
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const root = document.documentElement;
  root.classList.add('js');
  if (navigator.clipboard) root.classList.add('can-copy');

  document.addEventListener('DOMContentLoaded', () => {
    const toc = document.querySelector('details.toc');
    if (!toc) return;
    if (window.matchMedia('(max-width: 50rem)').matches) toc.open = false;
    toc.classList.add('toc-ready');
  });
})();
