// Site search, loaded by site.js only when the search box is first focused (or a page is opened with ?q=).
// The index is in search/: t/KEY.js term shards (KEY = a term's first two characters) and d/N.js document
// chunks, classic scripts that hand their data to studysite.searchData: that works from file:// and under
// script-src 'self' (no fetch, no eval, no WebAssembly). Scores are BM25F impacts computed at build time.
// The tokenizer mirrors org.studysite.search.internal.Tokenizer (both tested against tokens.json).
(() => {
  'use strict';
  const S = (window.studysite = window.studysite || {});
  if (S.search) return;

  // ---- tokens ----
  const RUN = /[\p{L}\p{N}\p{M}]+(?:[._-][\p{L}\p{N}\p{M}]+)*/gu;
  const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+/gu;
  const CAMEL = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;
  const STOP = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of',
    'on', 'or', 'that', 'the', 'this', 'to', 'was', 'with']);
  const fold = (s) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const keep = (t) => t.length > 0 && t.length <= 48 && !STOP.has(t) && (t.length > 1 || /\d/.test(t));

  // Each run of text as {whole, parts, start, end}; CJK runs as bigrams.
  function runs(text) {
    const out = [];
    for (const m of text.matchAll(RUN)) {
      let last = 0;
      const run = m[0];
      const word = (w, at) => {
        const trimmed = w.replace(/^[._-]+/, '');
        const start = at + (w.length - trimmed.length);
        const clean = trimmed.replace(/[._-]+$/, '');
        if (!clean) return;
        const terms = new Set([fold(clean)]);
        for (const dotted of clean.split('.')) {
          terms.add(fold(dotted));
          for (const part of dotted.split(/[_-]/)) {
            terms.add(fold(part));
            for (const sub of part.split(CAMEL)) terms.add(fold(sub));
          }
        }
        out.push({ whole: fold(clean), terms: [...terms].filter(keep), start, end: start + clean.length });
      };
      for (const c of run.matchAll(CJK)) {
        word(run.slice(last, c.index), m.index + last);
        const cps = [...c[0]];
        let off = m.index + c.index;
        if (cps.length === 1) out.push({ whole: cps[0], terms: [cps[0]], start: off, end: off + cps[0].length, cjk: true });
        for (let i = 0; i + 1 < cps.length; i++) {
          const bi = cps[i] + cps[i + 1];
          out.push({ whole: bi, terms: [bi], start: off, end: off + bi.length, cjk: true });
          off += cps[i].length;
        }
        last = c.index + c[0].length;
      }
      word(run.slice(last), m.index + last);
    }
    return out;
  }
  const tokenize = (text) => runs(text).flatMap((r) => r.terms);

  // ---- query ----
  // "quoted phrases"; bare words; the last bare word is a prefix while it is being typed.
  function parseQuery(q) {
    const clauses = [];
    const re = /"([^"]*)("?)|(\S+)/g;
    let m;
    while ((m = re.exec(q))) {
      const text = m[1] !== undefined ? m[1] : m[3];
      const terms = runs(text).filter((r) => keep(r.whole) || r.cjk).map((r) => r.whole);
      if (!terms.length) continue;
      const phrase = m[1] !== undefined || terms.length > 1 && runs(text).some((r) => r.cjk);
      clauses.push({ terms, phrase, text, prefix: false });
    }
    const last = clauses[clauses.length - 1];
    if (last && !last.phrase && !/[\s"]$/.test(q)) last.prefix = true;
    return clauses;
  }

  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    let prev2 = null;
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      let best = i;
      for (let j = 1; j <= b.length; j++) {
        let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        cur.push(v);
        if (v < best) best = v;
      }
      if (best > max) return max + 1;
      prev2 = prev;
      prev = cur;
    }
    return prev[b.length];
  }
  const typos = (t) => ([...t].length >= 8 ? 2 : [...t].length >= 4 ? 1 : 0);

  const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  function decode(s) {
    const out = new Map();
    let doc = 0, v = 0, shift = 0, isDoc = true;
    for (let i = 0; i < s.length; i++) {
      const d = DIGITS.indexOf(s[i]);
      if (d < 32) { v += d * 2 ** shift; shift += 5; continue; }
      v += (d - 32) * 2 ** shift;
      if (isDoc) doc += v; else out.set(doc, v);
      isDoc = !isDoc; v = 0; shift = 0;
    }
    return out;
  }
  const key = (t) => [...t].slice(0, 2).map((c) => (/^[a-z0-9]$/.test(c) ? c : '_' + c.codePointAt(0).toString(16))).join('');

  // ---- engine ----
  // load(path) runs search/PATH.js, which calls studysite.searchData(path, data).
  function createEngine(load) {
    const data = new Map();
    const pending = new Map();
    S.searchData = (k, d) => data.set(k, d);
    const file = (k) => {
      if (data.has(k)) return Promise.resolve(data.get(k));
      if (!pending.has(k)) pending.set(k, load(k).then(() => data.get(k), () => undefined));
      return pending.get(k);
    };
    const shard = async (k) => {
      const d = await file('t/' + k);
      if (d && !d.terms) {
        d.terms = new Map();
        for (let i = 0; i < d.t.length; i += 2) d.terms.set(d.t[i], d.t[i + 1]);
      }
      return d;
    };
    // Index terms a query term stands for, with a weight: exact 1, prefix 0.7, typo 0.5.
    async function expand(term, prefix) {
      const keys = [key(term)];
      const chars = [...term];
      if (typos(term) && chars.length > 1) keys.push(key(chars[1] + chars[0]));
      const found = new Map();
      for (const k of keys) {
        const d = await shard(k);
        if (!d) continue;
        for (const [t, p] of d.terms) {
          let w = 0;
          if (t === term) w = 1;
          else if (prefix && t.startsWith(term)) w = 0.7;
          else if (typos(term) && distance(term, t, typos(term)) <= typos(term)) w = 0.5;
          else if (prefix && typos(term) && t.length > term.length
            && distance(term, t.slice(0, term.length), 1) <= 1) w = 0.4;
          if (w && (!found.has(t) || found.get(t).w < w)) found.set(t, { w, p });
        }
      }
      return found;
    }
    const chunk = (id, size) => file('d/' + Math.floor(id / size)).then((c) => c && c[id % size]);

    async function search(q, opts = {}) {
      const limit = opts.limit || 8;
      const clauses = parseQuery(q);
      const t0 = Date.now();
      if (!clauses.length) return { results: [], total: 0, marked: [] };
      const groups = [];
      for (const c of clauses) {
        c.terms.forEach((t, i) => groups.push({ term: t, prefix: c.prefix && i === c.terms.length - 1 }));
      }
      const expanded = await Promise.all(groups.map((g) => expand(g.term, g.prefix)));
      let scores = null;
      const marked = new Set();
      for (const found of expanded) {
        const s = new Map();
        for (const [t, { w, p }] of found) {
          marked.add(t);
          for (const [doc, impact] of decode(p)) s.set(doc, Math.max(s.get(doc) || 0, impact * w));
        }
        if (!scores) scores = s;
        else {
          const next = new Map();
          for (const [doc, v] of scores) if (s.has(doc)) next.set(doc, v + s.get(doc));
          scores = next;
        }
      }
      const size = (await shard(key(groups[0].term)) || { c: 4 }).c || 4;
      let ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const kinds = opts.filter === 'notes' ? 'n' : opts.filter === 'questions' ? 'qp' : null;
      const phrases = clauses.filter((c) => c.phrase);
      const results = [];
      let total = 0;
      for (const [id, score] of ranked) {
        if (!kinds && !phrases.length && results.length >= limit) { total = ranked.length; break; }
        const d = await chunk(id, size);
        if (!d) continue;
        if (kinds && !kinds.includes(d[0])) continue;
        const hay = fold([d[2], d[3], d[4]].join(' ')).replace(/\s+/g, ' ');
        if (phrases.some((c) => !hay.includes(fold(c.text).replace(/\s+/g, ' ').trim()))) continue;
        total++;
        if (results.length < limit) results.push({ id, score, kind: d[0], url: d[1], title: d[2], crumb: d[3], text: d[4] });
        else if (total > 200) break;
      }
      return { results, total, marked: [...marked], ms: Date.now() - t0 };
    }
    return { search };
  }

  // ---- marking ----
  // The text split into plain and marked pieces: a run is marked when its whole form or one of its parts is a
  // matched term.
  function pieces(text, marked) {
    const set = new Set(marked);
    const out = [];
    let at = 0;
    for (const r of runs(text)) {
      if (r.start < at || !(set.has(r.whole) || r.terms.some((t) => set.has(t)))) continue;
      if (r.start > at) out.push({ text: text.slice(at, r.start) });
      out.push({ text: text.slice(r.start, r.end), mark: true });
      at = r.end;
    }
    if (at < text.length) out.push({ text: text.slice(at) });
    return out;
  }
  function excerpt(text, marked, width = 180) {
    const ps = pieces(text, marked);
    let pos = 0, first = -1;
    for (const p of ps) { if (p.mark) { first = pos; break; } pos += p.text.length; }
    let start = first < 0 ? 0 : Math.max(0, first - 60);
    if (start > 0) { const sp = text.indexOf(' ', start); if (sp > 0 && sp < first) start = sp + 1; }
    const cut = text.slice(start, start + width);
    return pieces(cut, marked).map((p, i, a) => ({ ...p,
      text: (i === 0 && start > 0 ? '…' : '') + p.text + (i === a.length - 1 && start + width < text.length ? '…' : '') }));
  }

  S.search = { tokenize, parseQuery, distance, decode, key, createEngine, pieces, excerpt };
  if (typeof document === 'undefined') return;

  // ---- page ----
  const box = document.querySelector('.site-search');
  const root = box ? box.getAttribute('data-search-root') || '' : '';
  const loadScript = (k) => new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = root + 'search/' + k + '.js';
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });

  // A page opened from a result marks the terms it was found by (?q=term+term).
  function markPage() {
    const q = new URLSearchParams(location.search).get('q');
    const main = document.querySelector('main');
    if (!q || !main) return;
    const terms = q.split(/\s+/).map(fold).filter(Boolean);
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    for (const n of nodes) {
      if (n.parentElement.closest('script, style, mark')) continue;
      const ps = pieces(n.nodeValue, terms);
      if (!ps.some((p) => p.mark)) continue;
      const frag = document.createDocumentFragment();
      for (const p of ps) {
        if (p.mark) { const m = document.createElement('mark'); m.className = 'search-term'; m.textContent = p.text; frag.append(m); }
        else frag.append(p.text);
      }
      n.replaceWith(frag);
    }
    if (location.hash) {
      const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) target.scrollIntoView();
    }
  }
  markPage();
  if (!box) return;

  const input = box.querySelector('input[type="search"]');
  const panel = box.querySelector('.search-panel');
  const list = box.querySelector('[role="listbox"]');
  const status = box.querySelector('[role="status"]');
  // Buttons only exist with JavaScript (pages without it have none).
  const filters = [['all', 'All'], ['notes', 'Notes'], ['questions', 'Questions']].map(([f, label]) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('data-filter', f);
    b.setAttribute('aria-pressed', String(f === 'all'));
    b.textContent = label;
    box.querySelector('.search-filters').append(b);
    return b;
  });
  for (const [k, v] of [['role', 'combobox'], ['aria-expanded', 'false'], ['aria-controls', list.id],
    ['aria-autocomplete', 'list']]) input.setAttribute(k, v);
  const engine = createEngine(loadScript);
  let active = -1, shown = [], filter = 'all', seq = 0;

  const open = (yes) => {
    panel.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes && shown.length > 0));
  };
  function select(i) {
    const items = list.querySelectorAll('[role="option"]');
    items.forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
    active = i;
    if (i >= 0 && items[i]) {
      input.setAttribute('aria-activedescendant', items[i].id);
      items[i].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }
  const href = (r, marked) => {
    const [path, hash] = r.url.split('#');
    return root + path + '?q=' + encodeURIComponent(marked.join(' ')) + (hash ? '#' + hash : '');
  };
  function render(res) {
    list.replaceChildren();
    shown = res.results.map((r) => ({ ...r, href: href(r, res.marked) }));
    shown.forEach((r, i) => {
      const li = document.createElement('li');
      li.id = 'search-result-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.className = 'search-result';
      const title = document.createElement('span');
      title.className = 'search-title';
      title.textContent = r.title;
      li.append(title);
      if (r.crumb) {
        const crumb = document.createElement('span');
        crumb.className = 'search-crumb';
        crumb.textContent = r.crumb;
        li.append(crumb);
      }
      const ex = document.createElement('span');
      ex.className = 'search-excerpt';
      for (const p of excerpt(r.text, res.marked)) {
        if (p.mark) { const m = document.createElement('mark'); m.textContent = p.text; ex.append(m); }
        else ex.append(p.text);
      }
      li.append(ex);
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => { location.href = r.href; });
      list.append(li);
    });
    list.hidden = shown.length === 0;
    const n = res.total;
    status.textContent = !input.value.trim() ? '' : n === 0 ? 'No results'
      : n > shown.length ? `${shown.length} of ${n} results` : n === 1 ? '1 result' : `${n} results`;
    select(-1);
    open(true);
  }
  async function run() {
    const mine = ++seq;
    const q = input.value;
    if (!q.trim()) { shown = []; list.replaceChildren(); list.hidden = true; status.textContent = ''; open(false); return; }
    const res = await engine.search(q, { filter });
    if (mine === seq) render(res);
  }
  input.addEventListener('input', run);
  input.addEventListener('focus', () => { if (input.value.trim()) open(true); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && shown.length) { e.preventDefault(); open(true); select((active + 1) % shown.length); }
    else if (e.key === 'ArrowUp' && shown.length) { e.preventDefault(); select(active <= 0 ? shown.length - 1 : active - 1); }
    else if (e.key === 'Enter') { const r = shown[active < 0 ? 0 : active]; if (r) { e.preventDefault(); location.href = r.href; } }
    else if (e.key === 'Escape') { e.preventDefault(); if (panel.hidden) input.value = ''; open(false); select(-1); }
  });
  box.addEventListener('focusout', (e) => { if (!box.contains(e.relatedTarget)) open(false); });
  for (const b of filters) {
    b.addEventListener('click', () => {
      filter = b.getAttribute('data-filter');
      filters.forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
      input.focus();
      run();
    });
  }
  if (input.value.trim()) run();
})();
