// Progressive enhancements for every page: copy buttons on code, tab stops only on tables that scroll, an Escape
// key that closes the mobile menu (boot.js folds the TOC on narrow screens) and the search box loaded on demand. The page works fully without this script.
// The parts that enhance markup run through studysite.onPage (boot.js), so the dev server can run them again on
// the parts of a page it swaps in; the page-wide key handlers are added once.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  // Code in notes gets a Copy button; code in questions (quiz, exam, review) does not: it is there to be read, and
  // CSS keeps no room for a button there.
  const PRACTICE = 'fieldset.question, .exam, .review';
  const APPLE = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

  function addCopyButtons(part) {
    if (!navigator.clipboard) return;
    const blocks = [...part.querySelectorAll('.code-block')].filter((b) => !b.closest(PRACTICE));
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
      // One tab stop per code block: the block (it scrolls, so it takes focus anyway). The button is for the mouse
      // and for screen readers' browse mode; from the keyboard, Ctrl+C (⌘C) on the focused block copies it all.
      button.tabIndex = -1;
      button.dataset.keys = APPLE ? '⌘C' : 'Ctrl+C';
      const copy = async () => {
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
      };
      button.addEventListener('click', copy);
      const pre = block.querySelector('pre');
      if (pre) {
        pre.setAttribute('aria-keyshortcuts', APPLE ? 'Meta+C' : 'Control+C');
        pre.addEventListener('keydown', (event) => {
          const selection = window.getSelection();
          if (event.key.toLowerCase() === 'c' && (event.ctrlKey || event.metaKey) && !event.altKey
              && (!selection || selection.isCollapsed)) {
            event.preventDefault();
            copy();
          }
        });
      }
      block.prepend(button);
    }
  }

  // A table region is a tab stop only while its table is wider than the column (then the keyboard must be able to
  // scroll it); one that fits costs no stop. Checked again when the region's width changes.
  function scrollStops(part) {
    const regions = part.querySelectorAll('.table-scroll');
    if (!regions.length || !('ResizeObserver' in window)) return;
    const check = (region) => {
      if (region.scrollWidth > region.clientWidth + 1) region.setAttribute('tabindex', '0');
      else if (document.activeElement !== region) region.removeAttribute('tabindex');
    };
    const observer = new ResizeObserver((entries) => entries.forEach((e) => check(e.target)));
    regions.forEach((r) => observer.observe(r));
  }

  function closeMenuOnEscape() {
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && location.hash === '#site-nav') location.hash = 'main';
    });
  }

  // The search reader (and its index) is fetched only when the box is first used: no weight on other visits.
  // A page opened from a search result (?q=) loads it to mark the terms.
  let searchLoaded = false;
  function loadSearch() {
    const box = document.querySelector('.site-search');
    if (searchLoaded || !box) return;
    searchLoaded = true;
    const s = document.createElement('script');
    s.src = (box.getAttribute('data-search-root') || '') + 'assets/js/search.js';
    document.head.append(s);
  }

  function searchOnDemand(part) {
    const input = part.querySelector('.site-search input');
    if (input) input.addEventListener('focus', loadSearch);
  }

  function searchKeys() {
    if (new URLSearchParams(location.search).has('q')) loadSearch();
    document.addEventListener('keydown', (event) => {
      const input = document.querySelector('.site-search input');
      const t = event.target;
      const typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
      if (input && ((event.key === '/' && !typing) || (event.key === 'k' && (event.ctrlKey || event.metaKey)))) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  window.studysite.onPage((part) => {
    addCopyButtons(part);
    scrollStops(part);
    searchOnDemand(part);
  });
  closeMenuOnEscape();
  searchKeys();
})();
