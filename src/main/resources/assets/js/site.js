// Progressive enhancements for every page: copy buttons on code and an Escape key that closes the mobile menu
// (boot.js folds the TOC on narrow screens). The page works fully without this script.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  function addCopyButtons() {
    if (!navigator.clipboard) return;
    for (const block of document.querySelectorAll('.code-block')) {
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
        } catch {
          button.textContent = 'Copy failed';
        }
        setTimeout(() => { button.textContent = 'Copy'; }, 2000);
      });
      block.prepend(button);
    }
  }

  function closeMenuOnEscape() {
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && location.hash === '#site-nav') location.hash = 'main';
    });
  }

  addCopyButtons();
  closeMenuOnEscape();
})();
