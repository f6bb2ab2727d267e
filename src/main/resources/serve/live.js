/* studysite serve: live reload and the error overlay. Added to pages by the dev server only, never to a build. */
(function () {
  'use strict';
  var path = decodeURIComponent(location.pathname.replace(/^\//, ''));
  if (path === '' || /\/$/.test(path)) { path += 'index.html'; }
  var meta = document.querySelector('meta[name="studysite-live"]');
  var servedAt = meta ? Number(meta.getAttribute('content')) : 0;
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
      sessionStorage.setItem(key, String(window.scrollY));
      events.close();
      location.reload();
    }
  };
}());
