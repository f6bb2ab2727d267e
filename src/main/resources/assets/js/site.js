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
    const status = document.createElement('p');
    status.className = 'visually-hidden';
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

  addCopyButtons();
  closeMenuOnEscape();
})();
