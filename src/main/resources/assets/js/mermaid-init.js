// Renders ```mermaid blocks (pre.mermaid) into diagrams with the bundled mermaid script, loaded only on pages
// that have a diagram, and only once a diagram comes near the screen: the library is 3 MB, and a reader who
// never scrolls to the diagram should not pay for it. Without JavaScript the diagram's source stays readable.
// Through studysite.onPage (boot.js): the dev server runs it again on the part of a page it swaps in.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const SCRIPT_URL = document.currentScript.src;
  let loading = null;

  function loadMermaid() {
    loading ??= new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL('../vendor/mermaid.min.js', SCRIPT_URL).href;
      script.addEventListener('load', () => {
        const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
        window.mermaid.initialize({ startOnLoad: false, theme: dark ? 'dark' : 'default', securityLevel: 'strict' });
        resolve(window.mermaid);
      });
      script.addEventListener('error', reject);
      document.head.append(script);
    });
    return loading;
  }

  // A wide diagram is not shrunk below this share of its drawn size (mermaid's 16 px labels stay at 12.8 px);
  // the rest scrolls sideways, and the block is then a named, focusable scroll region (keyboard: arrow keys).
  const MIN_SCALE = 0.8;
  let count = 0;

  function fit(block, svg) {
    const natural = svg.viewBox && svg.viewBox.baseVal ? svg.viewBox.baseVal.width : 0;
    if (!natural) return;
    const style = getComputedStyle(block);
    const room = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const width = Math.min(natural, Math.max(room, natural * MIN_SCALE));
    svg.style.maxWidth = 'none';
    svg.style.width = `${Math.round(width)}px`;
    svg.style.height = 'auto';
    svg.removeAttribute('height');
    if (width > room + 1) {
      block.setAttribute('role', 'region');
      block.setAttribute('aria-label', 'Diagram, wider than the page: scroll sideways');
      block.tabIndex = 0;
    }
  }

  // mermaid.render, not mermaid.run: the drawing is put in and sized in one go, so it never shows at one size
  // and then jumps to another.
  function render(block) {
    const source = block.textContent;
    loadMermaid().then((mermaid) => mermaid.render(`mermaid-${++count}`, source)).then(({ svg, bindFunctions }) => {
      block.innerHTML = svg;
      block.dataset.processed = 'true';
      const drawn = block.querySelector('svg');
      if (drawn) fit(block, drawn);
      if (bindFunctions) bindFunctions(block);
    }).catch(() => {
      block.dataset.failed = 'true'; // the source text stays, which is still readable
    });
  }

  window.studysite.onPage((part) => {
    const blocks = [...part.querySelectorAll('pre.mermaid')];
    if (blocks.length === 0) return;
    if (!('IntersectionObserver' in window)) {
      blocks.forEach(render);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          render(entry.target);
        }
      }
    }, { rootMargin: '400px 0px' });
    blocks.forEach((b) => observer.observe(b));
  });
})();
