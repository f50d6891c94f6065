(function () {
  'use strict';
  var root = document.documentElement;
  var darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

  // Theme: an explicit choice is stored; without one the system preference applies.
  var themeButtons = document.querySelectorAll('[data-theme-toggle]');
  function currentTheme() {
    return root.getAttribute('data-theme') || (darkQuery.matches ? 'dark' : 'light');
  }
  function labelThemeButtons() {
    var label = currentTheme() === 'dark' ? 'Switch to light theme' : 'Switch to dark theme';
    themeButtons.forEach(function (button) { button.setAttribute('aria-label', label); });
  }
  themeButtons.forEach(function (button) {
    button.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('glia-theme', next); } catch (e) { /* private mode */ }
      labelThemeButtons();
    });
  });
  if (darkQuery.addEventListener) darkQuery.addEventListener('change', labelThemeButtons);
  labelThemeButtons();

  // Phone menu: the sidebar becomes a drawer.
  var menuButton = document.querySelector('.menu-button');
  var sidebar = document.getElementById('glia-sidebar');
  function setMenu(open) {
    document.body.classList.toggle('nav-open', open);
    if (menuButton) menuButton.setAttribute('aria-expanded', String(open));
  }
  window.gliaOpenMenu = function () { setMenu(true); };
  if (menuButton && sidebar) {
    menuButton.addEventListener('click', function () {
      var open = !document.body.classList.contains('nav-open');
      setMenu(open);
      if (open) {
        var current = sidebar.querySelector('[aria-current="page"]') ||
          sidebar.querySelector('a');
        if (current) current.focus();
      }
    });
    document.addEventListener('keydown', function (event) {
      if (!document.body.classList.contains('nav-open')) return;
      if (event.key === 'Escape') {
        setMenu(false);
        menuButton.focus();
      } else if (event.key === 'Tab') {
        // While the drawer is open, Tab stays in it (and on its button): the page behind
        // is covered, so focus must not wander there.
        var stops = [menuButton].concat(Array.prototype.slice.call(sidebar.querySelectorAll(
          'a[href], button, input, [tabindex]:not([tabindex="-1"])')).filter(function (el) {
          return el.offsetParent !== null;
        }));
        var at = stops.indexOf(document.activeElement);
        var next = event.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : (at + 1) % stops.length;
        event.preventDefault();
        stops[next].focus();
      }
    });
    document.addEventListener('click', function (event) {
      if (!document.body.classList.contains('nav-open')) return;
      if (menuButton.contains(event.target)) return;
      if (!sidebar.contains(event.target) || event.target.closest('a')) setMenu(false);
    });
  }
  var currentChapter = document.querySelector('.chapter-nav [aria-current="page"]');
  if (currentChapter && sidebar && currentChapter.offsetTop > sidebar.clientHeight - 80) {
    sidebar.scrollTop = currentChapter.offsetTop - sidebar.clientHeight / 2;
  }

  // "On this page": folded on narrow screens, and the section being read is marked.
  var toc = document.querySelector('.toc details');
  if (toc && !window.matchMedia('(min-width: 78rem)').matches) toc.open = false;
  var tocLinks = Array.prototype.slice.call(document.querySelectorAll('.toc a'));
  var targets = tocLinks.map(function (link) {
    return document.getElementById(decodeURIComponent(link.hash.slice(1)));
  });
  var ticking = false;
  function markSection() {
    ticking = false;
    var active = -1;
    for (var i = 0; i < targets.length; i++) {
      if (targets[i] && targets[i].getBoundingClientRect().top < 120) active = i;
    }
    tocLinks.forEach(function (link, i) { link.classList.toggle('active', i === active); });
  }
  if (tocLinks.length) {
    window.addEventListener('scroll', function () {
      if (!ticking) { ticking = true; window.requestAnimationFrame(markSection); }
    }, { passive: true });
    markSection();
  }

  // Copy buttons on code: the Clipboard API where allowed, else a selection copy.
  function copyBySelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
    document.body.removeChild(area);
    return copied;
  }
  document.querySelectorAll('pre.cell-code, pre.code').forEach(function (pre, index) {
    var wrap = document.createElement('div');
    wrap.className = 'code-wrap';
    pre.parentNode.insertBefore(wrap, pre);
    wrap.appendChild(pre);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy';
    // Each button says which code it copies: a page has many.
    button.setAttribute('aria-label', 'Copy code block ' + (index + 1));
    wrap.appendChild(button);
    button.addEventListener('click', function () {
      var text = pre.innerText.replace(/\n$/, '');
      function show(copied) {
        button.textContent = copied ? 'Copied' : 'Select and copy';
        window.setTimeout(function () { button.textContent = 'Copy'; }, 1600);
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { show(true); },
          function () { show(copyBySelection(text)); });
      } else {
        show(copyBySelection(text));
      }
    });
  });

  // Math: KaTeX is only loaded on pages that have some; the TeX stays visible otherwise.
  if (window.katex) {
    document.querySelectorAll('.math').forEach(function (element) {
      try {
        window.katex.render(element.textContent, element, {
          displayMode: element.classList.contains('display'),
          throwOnError: false
        });
        element.classList.add('rendered');
      } catch (e) { /* leave the TeX source */ }
    });
  }
})();
