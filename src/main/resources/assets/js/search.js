// Site search, loaded by site.js only when the search box is first focused (or a page is opened with ?q=).
// The index is in search/: t/KEY.js term shards (KEY = a term's first two characters), p/ postings tiers,
// b/N.js word-pair buckets (phrases) and d/N.js document chunks, classic scripts that hand their data to
// studysite.searchData: that works from file:// and under script-src 'self' (no fetch, no eval, no WebAssembly).
// Scores are BM25F impacts computed at build time (org.studysite.search.internal.IndexBuilder).
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
  // A phrase's words: each run's whole form, CJK bigrams included. Adjacent ones are the index's word pairs.
  const words = (text) => runs(text).filter((r) => keep(r.whole) || r.cjk).map((r) => r.whole);
  // A word pair ("first second") is found by two FNV-1a hashes of its UTF-16 units, as Pairs.hash: the first gives
  // its bucket, the second (its top 30 bits, five base-64 digits, low first) its key in the bucket.
  function fnv(name, h) {
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }
  const pairBucket = (name, buckets) => fnv(name, 0x811c9dc5) % buckets;
  function pairKey(name) {
    let k = fnv(name, 0x050c5d1f) >>> 2, s = '';
    for (let i = 0; i < 5; i++, k >>>= 6) s += DIGITS[k & 63];
    return s;
  }

  // ---- query ----
  // "quoted phrases"; bare words; the last bare word is a prefix while it is being typed, and so is the last word
  // of a phrase whose closing quote is not typed yet (until then the phrase holds for the words before it).
  function parseQuery(q) {
    const clauses = [];
    const re = /"([^"]*)("?)|(\S+)/g;
    let m, open = false;
    while ((m = re.exec(q))) {
      const text = m[1] !== undefined ? m[1] : m[3];
      const terms = words(text);
      open = m[1] !== undefined && !m[2];
      if (!terms.length) continue;
      const phrase = m[1] !== undefined || terms.length > 1 && runs(text).some((r) => r.cjk);
      clauses.push({ terms, phrase, text, prefix: false });
    }
    const last = clauses[clauses.length - 1];
    if (last && (!last.phrase || open) && !/[\s"]$/.test(q)) last.prefix = true;
    return clauses;
  }
  // A query's groups, each a word or word pair that a result must have: a bare word (a prefix when it is the last
  // word being typed, and typos allowed), a word of a phrase (as typed), or two adjacent words of a phrase.
  function groupsOf(clauses) {
    const groups = [];
    for (const c of clauses) {
      if (!c.phrase) {
        c.terms.forEach((t, i) => groups.push({ term: t, prefix: c.prefix && i === c.terms.length - 1 }));
        continue;
      }
      const whole = c.prefix ? c.terms.slice(0, -1) : c.terms;
      whole.forEach((t) => groups.push({ term: t, exact: true }));
      for (let i = 0; i + 1 < whole.length; i++) {
        groups.push({ term: whole[i], pair: whole[i] + ' ' + whole[i + 1], words: [whole[i], whole[i + 1]] });
      }
      if (c.prefix) groups.push({ term: c.terms[c.terms.length - 1], prefix: true });
    }
    return groups;
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
  const VALUE = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) VALUE[DIGITS.charCodeAt(i)] = i;
  // Postings: base-64 varints of (doc-id delta, impact); digits 0-31 continue a number, 32-63 end it.
  function decode(s) {
    const out = new Map();
    let doc = 0, v = 0, shift = 1, isDoc = true;
    for (let i = 0; i < s.length; i++) {
      const d = VALUE[s.charCodeAt(i)];
      if (d < 32) { v += d * shift; shift *= 32; continue; }
      v += (d - 32) * shift;
      if (isDoc) doc += v; else out.set(doc, v);
      isDoc = !isDoc; v = 0; shift = 1;
    }
    return out;
  }
  const key = (t) => [...t].slice(0, 2).map((c) => (/^[a-z0-9]$/.test(c) ? c : '_' + c.codePointAt(0).toString(16))).join('');
  const minOf = (m) => { let v = Infinity; for (const x of m.values()) if (x < v) v = x; return v; };

  // Which index terms a query term stands for, with a weight: the term itself 1, a completion of the last term
  // while it is typed 0.7, a typo 0.5 (0.4 for a typo in a prefix). Few candidates of each kind, the most
  // frequent first, so that a keystroke fetches the postings of a handful of terms at most.
  const PREFIXES = 6;
  const TYPOS = 4;
  function candidates(entries, term, prefix) {
    const max = typos(term);
    const exact = [], pre = [], typo = [];
    for (const e of entries) {
      if (e.t === term) exact.push({ e, w: 1 });
      else if (prefix && e.t.startsWith(term)) pre.push({ e, w: 0.7, partial: true });
      else if (max && Math.abs(e.t.length - term.length) <= max && distance(term, e.t, max) <= max) typo.push({ e, w: 0.5, d: distance(term, e.t, max) });
      else if (prefix && max && e.t.length > term.length && distance(term, e.t.slice(0, term.length), 1) <= 1) typo.push({ e, w: 0.4, d: 2, partial: true });
    }
    const byDf = (a, b) => b.e.df - a.e.df || (a.e.t < b.e.t ? -1 : 1);
    pre.sort(byDf);
    typo.sort((a, b) => (a.d || 0) - (b.d || 0) || byDf(a, b));
    // Beside a word found as typed, typos are scored from their best tier only (as completions are).
    if (exact.length) typo.forEach((c) => { c.partial = true; });
    return exact.concat(pre.slice(0, PREFIXES), typo.slice(0, TYPOS));
  }
  // A pair's sections, as numbers among its base word's postings (Pairs.data): varint gaps, or a bitmap.
  function numbers(s, bitmap) {
    const out = new Set();
    if (bitmap) {
      for (let i = 0; i < s.length; i++) for (let b = 0; b < 6; b++) if (VALUE[s.charCodeAt(i)] >> b & 1) out.add(6 * i + b);
      return out;
    }
    let n = 0, v = 0, shift = 1;
    for (let i = 0; i < s.length; i++) {
      const d = VALUE[s.charCodeAt(i)];
      if (d < 32) { v += d * shift; shift *= 32; continue; }
      n += v + (d - 32) * shift;
      out.add(n);
      v = 0; shift = 1;
    }
    return out;
  }
  const entry = (t, df, postings, key, n) => (typeof postings === 'string'
    ? { t, df, key, n, count: 1, inline: postings, tiers: [], floor: [] }
    : { t, df, key, n, count: postings, tiers: [], floor: [] });

  // IndexBuilder.slug: the anchor of a breadcrumb's last part (ASCII: the index writes # only then).
  const slug = (crumb) => crumb.slice(crumb.lastIndexOf(' › ') < 0 ? 0 : crumb.lastIndexOf(' › ') + 3).toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');

  // ---- engine ----
  // load(path) runs search/PATH.js, which calls studysite.searchData(path, data).
  function createEngine(load) {
    const data = new Map();
    const pending = new Map();
    let meta = null;
    S.searchData = (k, d) => data.set(k, d);
    const file = (k) => {
      if (data.has(k)) return Promise.resolve(data.get(k));
      if (!pending.has(k)) pending.set(k, load(k).then(() => data.get(k), () => undefined));
      return pending.get(k);
    };
    // A dictionary's terms: {t, df, key, n, count (tiers), tiers: [Map doc → impact], floor: [lowest impact]}.
    const dict = async (k) => {
      const d = await file('t/' + k);
      if (!d) return [];
      meta = meta || d;
      if (!d.entries) {
        d.entries = [];
        for (let i = 0; i < d.t.length; i += 3) d.entries.push(entry(d.t[i], d.t[i + 1], d.t[i + 2], k, i / 3));
      }
      return d.entries;
    };
    // Makes tiers 0…level-1 of a term's postings available.
    async function tiers(e, level) {
      const need = [];
      for (let i = 0; i < Math.min(level, e.count); i++) {
        if (e.tiers[i]) continue;
        const src = e.inline !== undefined ? Promise.resolve(e.inline) : file(`p/${e.key}.${e.n}.${i}`);
        need.push(src.then((s) => { if (!e.tiers[i]) { e.tiers[i] = decode(s || ''); e.floor[i] = minOf(e.tiers[i]); } }));
      }
      await Promise.all(need);
    }
    // A group's candidates. A word pair is looked up as it is, in its bucket (once a dictionary has given the
    // number of buckets): its one candidate is its base word, scoring nothing, limited to the pair's sections.
    async function expand(g) {
      const { term, prefix } = g;
      const keys = [key(term)];
      const chars = [...term];
      if (!g.exact && !g.pair && typos(term) && chars.length > 1 && chars[0] !== chars[1]) keys.push(key(chars[1] + chars[0]));
      const entries = (await Promise.all(keys.map(dict))).flat();
      if (g.exact) return entries.filter((e) => e.t === term).map((e) => ({ e, w: 1 }));
      if (!g.pair) return candidates(entries, term, prefix);
      if (!meta) return [];
      const b = await file('b/' + pairBucket(g.pair, meta.b));
      if (!b) return [];
      if (!b.pairs) b.pairs = new Map(b.map((x) => (typeof x === 'string' ? [x.slice(0, 5), x.slice(5)] : x)));
      const data = b.pairs.has(g.pair) ? b.pairs.get(g.pair) : b.pairs.get(pairKey(g.pair));
      if (data === undefined) return [];
      const flag = VALUE[data.charCodeAt(0)];
      const base = g.words[flag & 1];
      const e = (await dict(key(base))).find((x) => x.t === base);
      return e ? [{ e, w: 0, nums: numbers(data.slice(1), flag & 2) }] : [];
    }
    // A chunk's documents as [kind, url, title, crumb, text]: a url that is only an #anchor is on the page before
    // it, one that is only # has the anchor slug(crumb), a title 0 is the one before it (IndexBuilder.chunk).
    const docsOf = (c) => {
      if (!c.docs) {
        let page = '', title = '';
        c.docs = c.map(([kind, url, t, crumb, text]) => {
          if (url === '#') url = page + '#' + slug(crumb);
          else if (url[0] === '#') url = page + url;
          else page = url.split('#')[0];
          if (t === 0) t = title; else title = t;
          return [kind, url, t, crumb, text];
        });
      }
      return c.docs;
    };
    const chunk = (id) => file('d/' + Math.floor(id / meta.c)).then((c) => c && docsOf(c)[id % meta.c]);

    // Scores of one query term's documents from the tiers loaded so far, and the most a document it has not seen
    // yet could score (0 once every tier is loaded).
    // A pair's documents are its base word's, by their number in the tiers loaded so far; while the base word has
    // tiers the reader could still fetch, a document not seen yet could still have the pair (a bound above 0).
    function groupScores(cands, level, inKind) {
      const s = new Map();
      let bound = 0, cut = false;
      for (const { e, w, partial, nums } of cands) {
        const l = Math.min(level.get(e), e.count);
        if (nums) {
          let i = 0;
          for (let t = 0; t < l; t++) for (const doc of e.tiers[t].keys()) if (nums.has(i++) && inKind(doc)) s.set(doc, 0);
          if (l < Math.min(e.count, meta.f)) bound = Math.max(bound, 1e-9);
          continue;
        }
        for (let i = 0; i < l; i++) {
          for (const [doc, impact] of e.tiers[i]) {
            if (!inKind(doc)) continue;
            const v = impact * w;
            const had = s.get(doc);
            if (had === undefined || had < v) s.set(doc, v);
          }
        }
        // Completions of a word still being typed are scored from their best tier only: more would cost bytes
        // on every keystroke for words the reader has not chosen yet.
        if (l < e.count && !partial) bound = Math.max(bound, (e.floor[l - 1] || 0) * w);
        else if (l < e.count) cut = true;
      }
      return { s, bound, cut };
    }

    // A rare word with a common one (note 512 sect): the common word's loaded tiers may miss the few sections of
    // the rare one. When too few results are ranked and some word is in few sections (all its tiers loaded), the
    // best of those sections (a page of results) are checked for the other words in their stored text (title,
    // breadcrumb, first 140 characters), and ranked after the others by what is known of them. Their chunks are
    // the ones shown anyway.
    async function byText(groups, gs, ranked, limit) {
      const small = gs.findIndex((g) => g.bound === 0 && !g.cut && g.s.size > 0 && g.s.size <= limit * 8);
      if (small < 0) return [];
      const have = new Set(ranked.map((r) => r[0]));
      const ids = [...gs[small].s].filter(([d]) => !have.has(d)).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
      const docs = await Promise.all(ids.map(([d]) => chunk(d)));
      const out = [];
      ids.forEach(([id], i) => {
        const d = docs[i];
        if (!d) return;
        const text = [d[2], d[3], d[4]].join(' ');
        const terms = new Set(tokenize(text));
        const seq = words(text);
        let sum = 0;
        for (let g = 0; g < gs.length; g++) {
          const x = gs[g].s.get(id);
          if (x !== undefined) { sum += x; continue; }
          if (gs[g].bound === 0 && !gs[g].cut) return;
          const { term, prefix, pair, exact } = groups[g];
          const max = exact ? 0 : typos(term);
          const found = pair ? seq.some((w, j) => j > 0 && seq[j - 1] + ' ' + w === pair)
            : terms.has(term) || [...terms].some((w) => (prefix && w.startsWith(term))
              || (max && Math.abs(w.length - term.length) <= max && distance(term, w, max) <= max));
          if (!found) return;
        }
        out.push([id, sum]);
      });
      return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    }

    // AND of the query terms over impact-ordered tiers: starts from each term's best documents and fetches a
    // further tier only while a document not yet seen could still outrank the results shown. The count is
    // exact once every tier is in ({exact: true}); before that it is a lower bound.
    async function search(q, opts = {}) {
      const limit = opts.limit || 8;
      const clauses = parseQuery(q);
      if (!clauses.length) return { results: [], total: 0, exact: true, marked: [] };
      const groups = groupsOf(clauses);
      const cands = await Promise.all(groups.map(expand));
      const marked = [...new Set(cands.flat().map((c) => c.e.t))];
      if (!meta || cands.some((c) => !c.length)) return { results: [], total: 0, exact: true, marked };
      const inKind = opts.filter === 'notes' ? (d) => d < meta.n : opts.filter === 'questions' ? (d) => d >= meta.n : () => true;
      const level = new Map();
      cands.flat().forEach(({ e }) => level.set(e, 1));
      let ranked = [], exact = false, ms = 0, gsLast = [];
      for (let round = 0; ; round++) {
        await Promise.all([...level].map(([e, l]) => tiers(e, l)));
        const t0 = now();
        const gs = cands.map((c) => groupScores(c, level, inKind));
        gsLast = gs;
        // A document every term has is ranked; one some term has not (yet) could still reach its known part plus
        // the bounds of the terms missing it, unless one of those is complete; one no term has, the sum of bounds.
        ranked = [];
        let unseen = gs.every((g) => g.bound > 0) ? gs.reduce((a, g) => a + g.bound, 0) : 0;
        const done = new Set();
        for (const g of gs) {
          for (const doc of g.s.keys()) {
            if (done.has(doc)) continue;
            done.add(doc);
            let sum = 0, missing = 0, possible = true, all = true;
            for (const h of gs) {
              const x = h.s.get(doc);
              if (x !== undefined) sum += x;
              else { all = false; missing += h.bound; if (!h.bound) { possible = false; break; } }
            }
            if (all) ranked.push([doc, sum]);
            else if (possible) unseen = Math.max(unseen, sum + missing);
          }
        }
        ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        exact = gs.every((g) => g.bound === 0 && !g.cut);
        ms += now() - t0;
        const enough = ranked.length >= limit ? ranked[limit - 1][1] >= unseen : false;
        if (exact || enough || round >= 8) break;
        // While a word is being typed the results are a preview from its completions' best tiers: no deeper
        // tier of the other words is fetched for it.
        if (gs.every((g) => g.bound === 0) || gs.some((g) => g.cut)) break;
        // One more tier for each term whose unseen documents could still rank (fewer rounds than one at a time).
        let deeper = false;
        for (const c of cands) for (const { e, partial } of c) {
          const l = level.get(e);
          if (!partial && l < Math.min(e.count, meta.f)) { level.set(e, l + 1); deeper = true; }
        }
        if (!deeper) break;
      }
      if (ranked.length < limit) {
        const more = await byText(groups, gsLast, ranked, limit);
        if (more.length) { ranked = ranked.concat(more); exact = false; }
      }
      const top = ranked.slice(0, limit);
      const docs = await Promise.all(top.map(([id]) => chunk(id)));
      const results = [];
      top.forEach(([id, score], i) => { const d = docs[i]; if (d) results.push({ id, score, kind: d[0], url: d[1], title: d[2], crumb: d[3], text: d[4] }); });
      return { results, total: ranked.length, exact, marked, ms };
    }
    return { search };
  }
  const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

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

  // What the status line announces: the count is a lower bound ("12+") while some postings are not fetched.
  function countText(shown, total, exact) {
    const n = exact ? String(total) : total + '+';
    if (total === 0) return 'No results';
    if (shown < total) return `${shown} of ${n} results`;
    return n === '1' ? '1 result' : `${n} results`;
  }

  S.search = { countText, tokenize, words, slug, pairBucket, pairKey, numbers, parseQuery, groupsOf, distance, decode, key, createEngine, pieces, excerpt };
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
      // Title, breadcrumb and excerpt, each with the matched terms marked (the stored text is short: a term is
      // often in the heading only).
      const span = (cls, ps) => {
        const el = document.createElement('span');
        el.className = cls;
        for (const p of ps) {
          if (p.mark) { const m = document.createElement('mark'); m.textContent = p.text; el.append(m); }
          else el.append(p.text);
        }
        li.append(el);
      };
      span('search-title', pieces(r.title, res.marked));
      if (r.crumb) span('search-crumb', pieces(r.crumb, res.marked));
      span('search-excerpt', excerpt(r.text, res.marked));
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => { location.href = r.href; });
      list.append(li);
    });
    list.hidden = shown.length === 0;
    status.textContent = !input.value.trim() ? '' : countText(shown.length, res.total, res.exact);
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
