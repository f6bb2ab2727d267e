// Renders ```mermaid blocks (pre.mermaid) into diagrams with the bundled mermaid script, loaded only on pages
// that have a diagram, and only once a diagram comes near the screen: the library is 3 MB, and a reader who
// never scrolls to the diagram should not pay for it. Without JavaScript the diagram's source stays readable.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const SCRIPT_URL = document.currentScript.src;
  const blocks = [...document.querySelectorAll('pre.mermaid')];
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

  function render(block) {
    loadMermaid().then((mermaid) => mermaid.run({ nodes: [block] })).catch(() => {
      block.dataset.failed = 'true'; // the source text stays, which is still readable
    });
  }

  if (blocks.length > 0 && 'IntersectionObserver' in window) {
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          render(entry.target);
        }
      }
    }, { rootMargin: '400px 0px' });
    blocks.forEach((b) => observer.observe(b));
  } else {
    blocks.forEach(render);
  }
})();
