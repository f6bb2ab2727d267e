/* studysite serve: live reload and the error overlay. Added to pages by the dev server only, never to a build. */
(function () {
  'use strict';
  var path = decodeURIComponent(location.pathname.replace(/^\//, ''));
  if (path === '' || /\/$/.test(path)) { path += 'index.html'; }
  var meta = document.querySelector('meta[name="studysite-live"]');
  var servedAt = meta ? Number(meta.getAttribute('content')) : 0;
  var shownHash = meta ? meta.getAttribute('data-hash') : null;
  var key = 'studysite-live-scroll:' + path;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.scrollTo(0, Number(saved));
    window.addEventListener('load', function () { window.scrollTo(0, Number(saved)); });
  }

  function overlay(errors) {
    var box = document.getElementById('studysite-live-errors');
    if (!errors.length) {
      if (box) { box.remove(); }
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.id = 'studysite-live-errors';
      box.setAttribute('role', 'alert');
      document.body.appendChild(box);
    }
    box.textContent = '';
    var h = document.createElement('h2');
    h.textContent = errors.length === 1 ? '1 problem: the last good pages are shown' :
      errors.length + ' problems: the last good pages are shown';
    box.appendChild(h);
    var pre = document.createElement('pre');
    pre.textContent = errors.join('\n');
    box.appendChild(pre);
  }

  function swapStyles(changed) {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].href);
      if (changed.indexOf(decodeURIComponent(url.pathname.replace(/^\//, ''))) >= 0) {
        url.searchParams.set('live', String(Date.now()));
        links[i].href = url.toString();
      }
    }
  }

  // ---- Swapping an edited page in place ----
  // A reload costs a blocking script, the stylesheets, every deferred script and a layout from nothing (~100 ms and
  // more); a swap fetches the page, parses it and replaces only the parts that differ from the page as served.
  // `served` is that page as served (parsed from its HTML, before any script touched it): what the next version is
  // compared with. It is fetched once the page has loaded; until then an edit reloads.
  var served = null;
  var RESOURCE = 'script, link[rel~="stylesheet"]';

  function fetchPage() {
    return fetch(location.pathname + location.search, { cache: 'no-store' }).then(function (r) {
      if (!r.ok) { throw new Error('status ' + r.status); }
      return r.text();
    }).then(function (text) { return new DOMParser().parseFromString(text, 'text/html'); });
  }

  /** The server's hash of the page's file as served (a version number is not enough: a file is written before
   * the update naming it is published). */
  function hash(doc) {
    var m = doc.querySelector('meta[name="studysite-live"]');
    return m ? m.getAttribute('data-hash') : null;
  }

  function attrs(el) {
    return Array.prototype.map.call(el.attributes, function (a) { return a.name + '=' + a.value; }).join(' ');
  }

  function html(nodes) {
    return nodes.map(function (n) { return n.nodeType === 1 ? n.outerHTML : n.textContent; }).join('');
  }

  /** The head's child nodes cut at each script and stylesheet: {resources, segments} (one more segment). */
  function cut(head, count) {
    var resources = [], segments = [[]];
    for (var n = head.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1 && n.matches(RESOURCE) && (count === undefined || resources.length < count)) {
        resources.push(n);
        segments.push([]);
      } else {
        segments[segments.length - 1].push(n);
      }
    }
    return { resources: resources, segments: segments };
  }

  /** The body's own parts (live.js's overlay left out). */
  function parts(el) {
    return Array.prototype.filter.call(el.children, function (c) { return c.id !== 'studysite-live-errors'; });
  }

  function signature(els) {
    return els.map(function (e) { return e.tagName + '#' + e.id + '.' + e.className; }).join(' ');
  }

  /**
   * What turns the live page into next, as a list of steps to run, or null when a swap is not safe and the page
   * must reload: its <html>, <body>, header or skip link differ (the header holds the search box, whose script
   * binds to it once), its scripts or stylesheets differ, or one of its scripts did not register through
   * studysite.onPage (boot.js): such a script (quiz, exam, review, progress, flashcards) holds state in the page.
   */
  function plan(next) {
    var S = window.studysite || {};
    if (!S.enhance || attrs(served.documentElement) !== attrs(next.documentElement)
        || attrs(served.body) !== attrs(next.body)) { return null; }
    var was = cut(served.head), now = cut(next.head);
    if (html(was.resources) !== html(now.resources)) { return null; }
    for (var i = 0; i < now.resources.length; i++) {
      var r = now.resources[i];
      if (r.tagName === 'SCRIPT' && r.src && !S.registered(r.src) && !/\/__studysite\//.test(r.src)) { return null; }
    }
    var steps = [];
    var live = cut(document.head, was.resources.length);
    var last = now.segments.length - 1;
    if (html(now.segments[last]) !== html(was.segments[last])) { return null; } // where scripts add theirs
    now.segments.forEach(function (segment, k) {
      if (k < last && html(segment) !== html(was.segments[k])) {
        steps.push(function () { replaceNodes(live.segments[k], segment, document.head, live.resources[k]); });
      }
    });
    return region(parts(served.body), parts(document.body), parts(next.body), steps, 0) ? steps : null;
  }

  /** Adds the steps that replace what differs among these parts; false when their layout differs too much. */
  function region(was, live, now, steps, depth) {
    if (signature(was) !== signature(now) || signature(was) !== signature(live)) { return false; }
    for (var i = 0; i < now.length; i++) {
      if (was[i].outerHTML === now[i].outerHTML) { continue; }
      if (was[i].matches('.skip-link, header')) { return false; }
      // One level down (the layout: sidebar, contents, main) when only its parts differ, else the part whole.
      var inner = [];
      if (depth === 0 && attrs(was[i]) === attrs(now[i]) && now[i].children.length > 0
          && region(parts(was[i]), parts(live[i]), parts(now[i]), inner, 1)) {
        Array.prototype.push.apply(steps, inner);
      } else {
        steps.push(replaceOne.bind(null, live[i], now[i]));
      }
    }
    return true;
  }

  /** Puts next's copy in place of old, keeping where it was scrolled to, and enhances it as a page load would. */
  function replaceOne(old, next) {
    var fresh = document.importNode(next, true);
    var top = old.scrollTop;
    old.replaceWith(fresh);
    if (top) { fresh.scrollTop = top; }
    window.studysite.enhance(fresh);
  }

  function replaceNodes(olds, nexts, parent, before) {
    olds.forEach(function (n) { n.remove(); });
    nexts.forEach(function (n) { parent.insertBefore(document.importNode(n, true), before); });
  }

  function reload() {
    sessionStorage.setItem(key, String(window.scrollY));
    events.close();
    location.reload();
  }

  /**
   * Tells the server the page shows its new text (once drawn): it holds the rest of the update (other pages, the
   * search index) till then, so the browser has the CPU.
   */
  function shown() {
    var send = function () {
      fetch('/__studysite/shown?page=' + encodeURIComponent(path), { cache: 'no-store' }).catch(function () {});
    };
    if (document.hidden) { send(); } else { requestAnimationFrame(function () { setTimeout(send, 0); }); }
  }

  var swapping = null;
  var again = false;

  /** Brings the open page to its new version: swapped in place when that is safe, else reloaded. */
  function update() {
    if (swapping) { again = true; return; }
    if (!served) { reload(); return; }
    swapping = fetchPage().then(function (next) {
      var steps = plan(next);
      if (!steps) { reload(); return; }
      var x = window.scrollX, y = window.scrollY;
      steps.forEach(function (step) { step(); });
      window.scrollTo(x, y);
      served = next;
      shown();
      swapping = null;
      if (again) { again = false; update(); }
    }).catch(function () { reload(); });
  }

  window.addEventListener('load', function () {
    fetchPage().then(function (doc) {
      // Kept only if it is the file this page shows: a newer one makes the next edit reload.
      if (!served && shownHash !== null && hash(doc) === shownHash) {
        served = doc;
        document.documentElement.setAttribute('data-studysite-swap', 'ready'); // for tests: the next edit may swap
      }
    }).catch(function () {});
  });

  // The server renders the pages that have a stream open first, so the page names itself.
  var events = new EventSource('/__studysite/events?page=' + encodeURIComponent(path));
  events.onmessage = function (e) {
    var m = JSON.parse(e.data);
    document.documentElement.setAttribute('data-studysite-live', 'connected');
    document.documentElement.setAttribute('data-studysite-busy', String(Boolean(m.busy)));
    overlay(m.errors);
    if (m.version <= servedAt) { return; }
    servedAt = m.version;
    if (m.css) {
      swapStyles(m.changed);
    } else if (m.changed.indexOf(path) >= 0) {
      update();
    }
  };
}());
