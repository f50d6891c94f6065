(function () {
  'use strict';
  var input = document.getElementById('glia-search');
  var list = document.getElementById('glia-search-results');
  var status = document.getElementById('glia-search-status');
  if (!input || !list) return;
  var entries = null;
  var results = [];
  var active = -1;
  var requested = false;

  function load() {
    if (entries || requested) return;
    requested = true;
    var script = document.createElement('script');
    script.src = 'search-index.js';
    script.onload = function () {
      entries = (window.gliaSearchIndex || []).map(function (e) {
        return { u: e.u, t: e.t, p: e.p, x: e.x,
          lt: e.t.toLowerCase(), lp: e.p.toLowerCase(), lx: e.x.toLowerCase() };
      });
      update();
    };
    document.head.appendChild(script);
  }

  function count(text, term) {
    var n = 0, at = text.indexOf(term);
    while (at >= 0 && n < 5) { n++; at = text.indexOf(term, at + term.length); }
    return n;
  }
  function isWordStart(text, at) {
    return at === 0 || /[^0-9a-z\u00c0-\uffff]/.test(text.charAt(at - 1));
  }
  // Every term must match somewhere; the title counts most, then the page, then the text.
  function score(e, terms, query) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i], s = 0;
      var inTitle = e.lt.indexOf(term);
      if (inTitle >= 0) s += isWordStart(e.lt, inTitle) ? 12 : 7;
      if (e.lp.indexOf(term) >= 0) s += 3;
      var inText = count(e.lx, term);
      if (inText > 0) s += 1.5 + inText * 0.5;
      if (s === 0) return 0;
      total += s;
    }
    if (e.lt === query) total += 10;
    return total;
  }

  function escapeHTML(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }
  function highlight(text, terms) {
    var lower = text.toLowerCase(), out = '', at = 0;
    while (at < text.length) {
      var best = -1, length = 0;
      terms.forEach(function (term) {
        var found = lower.indexOf(term, at);
        if (found >= 0 && (best < 0 || found < best)) { best = found; length = term.length; }
      });
      if (best < 0) break;
      out += escapeHTML(text.slice(at, best)) + '<mark>' +
        escapeHTML(text.slice(best, best + length)) + '</mark>';
      at = best + length;
    }
    return out + escapeHTML(text.slice(at));
  }
  function snippet(e, terms) {
    var first = -1;
    terms.forEach(function (term) {
      var found = e.lx.indexOf(term);
      if (found >= 0 && (first < 0 || found < first)) first = found;
    });
    if (first < 0) first = 0;
    var start = Math.max(0, first - 50), end = Math.min(e.x.length, start + 150);
    if (start > 0) {
      var space = e.x.indexOf(' ', start);
      if (space >= 0 && space < first) start = space + 1;
    }
    var text = e.x.slice(start, end);
    return (start > 0 ? '… ' : '') + highlight(text, terms) +
      (end < e.x.length ? ' …' : '');
  }

  function update() {
    var query = input.value.trim().toLowerCase();
    if (!query) { close(); return; }
    if (!entries) { load(); return; }
    var terms = query.split(/\s+/);
    results = entries.map(function (e, i) { return { e: e, i: i, s: score(e, terms, query) }; })
      .filter(function (r) { return r.s > 0; })
      .sort(function (a, b) { return b.s - a.s || a.i - b.i; })
      .slice(0, 10);
    active = results.length ? 0 : -1;
    if (!results.length) {
      list.innerHTML = '<li class="search-empty">No results for “' +
        escapeHTML(input.value.trim()) + '”</li>';
    } else {
      list.innerHTML = results.map(function (r, i) {
        // The link is the option itself (li is presentational): no control inside a control.
        return '<li role="none"><a role="option" id="glia-search-result-' + i + '" aria-selected="false"' +
          ' href="' + escapeHTML(r.e.u) + '" tabindex="-1">' +
          '<span class="result-title">' + highlight(r.e.t, terms) + '</span>' +
          '<span class="result-page">' + escapeHTML(r.e.p) + '</span>' +
          (r.e.x ? '<span class="result-snippet">' + snippet(r.e, terms) + '</span>' : '') +
          '</a></li>';
      }).join('');
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (status) {
      status.textContent = results.length + (results.length === 1 ? ' result' : ' results');
    }
    mark();
  }
  function mark() {
    var options = list.querySelectorAll('[role="option"]');
    options.forEach(function (option, i) {
      option.setAttribute('aria-selected', String(i === active));
    });
    if (active >= 0 && options[active]) {
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }
  function close() {
    list.hidden = true;
    list.innerHTML = '';
    results = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    if (status) status.textContent = '';
  }

  input.addEventListener('focus', load);
  input.addEventListener('input', update);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!results.length) return;
      event.preventDefault();
      var step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + results.length) % results.length;
      mark();
    } else if (event.key === 'Enter') {
      if (active >= 0 && results[active]) {
        event.preventDefault();
        window.location.href = results[active].e.u;
        close();
      }
    } else if (event.key === 'Escape') {
      if (input.value || !list.hidden) {
        event.preventDefault();
        event.stopPropagation();
        input.value = '';
        close();
      }
    }
  });
  list.addEventListener('click', function (event) {
    if (event.target.closest('a')) close();
  });
  document.addEventListener('click', function (event) {
    if (!event.target.closest('.search')) close();
  });
  // glia.js loads this script when the box first takes focus (or the pointer nears it),
  // so the reader may already be in the box, and may have typed.
  if (document.activeElement === input) {
    load();
    if (input.value) update();
  }
})();
