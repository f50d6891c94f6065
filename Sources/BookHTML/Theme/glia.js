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
      pickFigureDrawings();
    });
  });
  if (darkQuery.addEventListener) darkQuery.addEventListener('change', labelThemeButtons);
  labelThemeButtons();

  // Figures are drawn twice, for light and dark pages; their <source>s pick by the system
  // setting. A theme chosen with the toggle overrides it: the dark sources then always or
  // never apply (still on screens only, so print stays light).
  function pickFigureDrawings() {
    var chosen = root.getAttribute('data-theme');
    document.querySelectorAll('source[data-scheme="dark"]').forEach(function (source) {
      var width = source.getAttribute('data-media');
      var scheme = chosen === 'dark' ? 'screen' : chosen === 'light' ? 'not all'
        : 'screen and (prefers-color-scheme: dark)';
      source.media = scheme === 'not all' || !width ? scheme : scheme + ' and ' + width;
    });
  }
  pickFigureDrawings();

  // Phone menu: the sidebar becomes a drawer.
  var menuButton = document.querySelector('.menu-button');
  var sidebar = document.getElementById('glia-sidebar');
  function setMenu(open) {
    document.body.classList.toggle('nav-open', open);
    if (menuButton) menuButton.setAttribute('aria-expanded', String(open));
  }

  // Search: its script (search.js, beside this one) comes when the reader first reaches for
  // the box, since no first view needs it; `/` goes to the box from anywhere, opening the
  // menu first on a phone.
  var searchBox = document.getElementById('glia-search');
  var searchScript = document.currentScript && document.currentScript.src.replace(/glia\.js(\?.*)?$/, 'search.js');
  var searchRequested = false;
  function loadSearch() {
    if (searchRequested || !searchScript) return;
    searchRequested = true;
    var script = document.createElement('script');
    script.src = searchScript;
    document.head.appendChild(script);
  }
  if (searchBox) {
    searchBox.addEventListener('focus', loadSearch);
    searchBox.addEventListener('pointerenter', loadSearch);
    if (document.activeElement === searchBox) loadSearch();
    document.addEventListener('keydown', function (event) {
      var tag = (event.target.tagName || '').toLowerCase();
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (tag === 'input' || tag === 'textarea' || event.target.isContentEditable) return;
      event.preventDefault();
      // On a phone the box is in the closed drawer: hidden, so it cannot take focus yet.
      if (searchBox.offsetParent === null || getComputedStyle(searchBox).visibility === 'hidden') {
        setMenu(true);
      }
      window.setTimeout(function () { searchBox.focus(); }, 0);
    });
  }
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

  // Explorable figures: every frame was drawn by the build; the sliders swap which frame's
  // files the <picture> shows. A frame is fetched when asked for (and the next one while
  // playing), decoded, then swapped in, so the old frame stays until the new one is ready.
  document.querySelectorAll('figure.explorable').forEach(function (figure) {
    var file = figure.getAttribute('data-frame-file');
    var alts = null;
    var img = figure.querySelector('img');
    var sliders = Array.prototype.slice.call(figure.querySelectorAll('input[type="range"]'));
    var playButton = figure.querySelector('.explore-play');
    var controls = figure.querySelector('.explore-controls');
    var shown = Number(figure.getAttribute('data-frame'));
    var wanted = shown;
    var timer = null;
    if (!img || !sliders.length) return;
    controls.hidden = false;

    // `figures/05/kinks.3-dark@2x.png` → the same file of frame `frame`.
    function frameURL(url, frame) {
      var slash = url.lastIndexOf('/') + 1;
      var name = url.slice(slash);
      if (name.indexOf(file + '.') !== 0) return url;
      var rest = name.slice(file.length + 1).replace(/^[0-9]+/, String(frame));
      return url.slice(0, slash) + file + '.' + rest;
    }
    function frameSrcset(srcset, frame) {
      return srcset.split(',').map(function (candidate) {
        var parts = candidate.trim().split(/\s+/);
        parts[0] = frameURL(parts[0], frame);
        return parts.join(' ');
      }).join(', ');
    }
    function currentFrame() {
      return sliders.reduce(function (index, slider) {
        return index * (Number(slider.max) + 1) + Number(slider.value);
      }, 0);
    }
    function swap(frame) {
      figure.querySelectorAll('source').forEach(function (source) {
        source.srcset = frameSrcset(source.getAttribute('srcset'), frame);
      });
      img.srcset = frameSrcset(img.getAttribute('srcset'), frame);
      img.src = frameURL(img.getAttribute('src'), frame);
      if (alts && alts[frame]) img.alt = alts[frame];
      figure.querySelectorAll('.figure-files a').forEach(function (link) {
        link.href = frameURL(link.getAttribute('href'), frame);
      });
      shown = frame;
    }
    function load(frame) {
      var probe = new Image();
      probe.src = frameURL(img.currentSrc || img.src, frame);
      return probe.decode ? probe.decode().catch(function () {}) : Promise.resolve();
    }
    function show(frame) {
      wanted = frame;
      if (frame === shown) return;
      load(frame).then(function () { if (wanted === frame) swap(frame); });
    }
    // Each frame's alt text comes in a small script of its own (`data-alts`), loaded when
    // the reader first reaches for the controls, so it is no part of the page's first view.
    function loadAlts() {
      if (alts) return;
      alts = [];
      var script = document.createElement('script');
      var source = figure.getAttribute('data-alts');
      script.src = source;
      script.onload = function () {
        alts = (window.gliaFrameAlts || {})[source.replace(/\.alts\.js$/, '')] || [];
        if (alts[shown]) img.alt = alts[shown];
      };
      document.head.appendChild(script);
    }
    controls.addEventListener('focusin', loadAlts);
    controls.addEventListener('pointerenter', loadAlts);
    controls.addEventListener('touchstart', loadAlts, { passive: true });

    sliders.forEach(function (slider) {
      var labels = JSON.parse(slider.getAttribute('data-labels') || '[]');
      var output = figure.querySelector('output[for="' + slider.id + '"]');
      slider.addEventListener('input', function () {
        var label = labels[Number(slider.value)] || slider.value;
        slider.setAttribute('aria-valuetext', label);
        if (output) output.textContent = label;
        loadAlts();
        show(currentFrame());
      });
    });
    // Play steps the first slider once a frame is ready, and stops at its last value.
    function playing() { return playButton.getAttribute('aria-pressed') === 'true'; }
    function setPlaying(on) {
      playButton.setAttribute('aria-pressed', String(on));
      window.clearTimeout(timer);
      if (!on) return;
      var slider = sliders[0];
      function move(value) {
        slider.value = String(value);
        slider.dispatchEvent(new Event('input'));
      }
      function tick() {
        if (!playing()) return;
        if (Number(slider.value) >= Number(slider.max)) { setPlaying(false); return; }
        move(Number(slider.value) + 1);
        load(currentFrame()).then(function () { timer = window.setTimeout(tick, 650); });
      }
      if (Number(slider.value) >= Number(slider.max)) move(0);
      timer = window.setTimeout(tick, 650);
    }
    if (playButton) {
      playButton.addEventListener('click', function () {
        setPlaying(playButton.getAttribute('aria-pressed') !== 'true');
      });
    }
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
