// Renders ```mermaid blocks (pre.mermaid) into diagrams with the bundled mermaid script, loaded only on pages
// that have a diagram. Without JavaScript the diagram's source stays readable as text.
// A classic script (not an ES module) so the page also works when opened from file://.
(() => {
  'use strict';

  const SCRIPT_URL = document.currentScript.src;
  const blocks = document.querySelectorAll('pre.mermaid');
  if (blocks.length > 0) {
    const script = document.createElement('script');
    script.src = new URL('../vendor/mermaid.min.js', SCRIPT_URL).href;
    script.addEventListener('load', () => {
      const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
      window.mermaid.initialize({ startOnLoad: false, theme: dark ? 'dark' : 'default', securityLevel: 'strict' });
      window.mermaid.run({ nodes: blocks });
    });
    document.head.append(script);
  }
})();
