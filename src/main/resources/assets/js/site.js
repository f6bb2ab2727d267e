// Progressive enhancements for every page: copy buttons on code and an Escape key that closes the mobile menu
// (boot.js folds the TOC on narrow screens). The page works fully without this script.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  function addCopyButtons() {
    if (!navigator.clipboard) return;
    const blocks = document.querySelectorAll('.code-block');
    if (!blocks.length) return;
    // The button's aria-label names its action, so its "Copied" text is not read out: a status region says it.
    // Its own class: the header's search box has a visually hidden status region too.
    const status = document.createElement('p');
    status.className = 'visually-hidden copy-status';
    status.setAttribute('role', 'status');
    (document.querySelector('main') || document.body).append(status);
    for (const block of blocks) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      button.textContent = 'Copy';
      button.setAttribute('aria-label', 'Copy code to clipboard');
      button.addEventListener('click', async () => {
        const code = block.querySelector('code');
        try {
          await navigator.clipboard.writeText(code ? code.innerText : '');
          button.textContent = 'Copied';
          status.textContent = 'Code copied to clipboard';
        } catch {
          button.textContent = 'Copy failed';
          status.textContent = 'Could not copy the code';
        }
        setTimeout(() => { button.textContent = 'Copy'; status.textContent = ''; }, 2000);
      });
      block.prepend(button);
    }
  }

  function closeMenuOnEscape() {
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && location.hash === '#site-nav') location.hash = 'main';
    });
  }

  // The search reader (and its index) is fetched only when the box is first used: no weight on other visits.
  // A page opened from a search result (?q=) loads it to mark the terms.
  function searchOnDemand() {
    const box = document.querySelector('.site-search');
    if (!box) return;
    const input = box.querySelector('input');
    let loaded = false;
    const load = () => {
      if (loaded) return;
      loaded = true;
      const s = document.createElement('script');
      s.src = (box.getAttribute('data-search-root') || '') + 'assets/js/search.js';
      document.head.append(s);
    };
    input.addEventListener('focus', load);
    if (new URLSearchParams(location.search).has('q')) load();
    document.addEventListener('keydown', (event) => {
      const t = event.target;
      const typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
      if ((event.key === '/' && !typing) || (event.key === 'k' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  addCopyButtons();
  closeMenuOnEscape();
  searchOnDemand();
})();
