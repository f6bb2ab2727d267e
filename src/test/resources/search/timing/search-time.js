// Query time once the shards are loaded: each query runs once to fetch its files, then REPEAT times on fresh
// engines fed copies of those files from memory, so dictionaries are parsed and postings decoded again each time
// but nothing is fetched. Queries come in the URL's hash, separated by |; the result goes to #out as
// "query<TAB>fastest ms<TAB>median ms<TAB>results shown" lines, then "done". The fastest run is the query's cost;
// on a shared machine the median also holds time the page was not scheduled.
(async () => {
  'use strict';
  const S = window.studysite;
  const REPEAT = 7;
  const copy = (d) => JSON.parse(JSON.stringify(d));
  const files = new Map();
  const script = (k) => new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = 'search/' + k + '.js';
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
  const lines = [];
  for (const q of decodeURIComponent(location.hash.slice(1)).split('|')) {
    const first = S.search.createEngine(script);
    const feed = S.searchData;
    S.searchData = (k, d) => { files.set(k, copy(d)); feed(k, d); };
    await first.search(q);
    const times = [];
    let shown = 0;
    for (let i = 0; i < REPEAT; i++) {
      const ready = new Map([...files].map(([k, d]) => [k, copy(d)]));
      const engine = S.search.createEngine(async (k) => {
        if (!ready.has(k)) throw new Error('not loaded: ' + k);
        S.searchData(k, ready.get(k));
      });
      const t0 = performance.now();
      shown = (await engine.search(q)).results.length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    lines.push(`${q}\t${times[0].toFixed(2)}\t${times[REPEAT >> 1].toFixed(2)}\t${shown}`);
  }
  lines.push('done');
  document.getElementById('out').textContent = lines.join('\n');
})().catch((e) => { document.getElementById('out').textContent = 'error ' + e; });
