// The site's small enhancements: the section menu closes with Escape or a click elsewhere (it opens
// and closes without them, as a <details>); the light/dark toggle; search over an index loaded on
// first use. CSS shows the last two only on scripted pages (the 'js' class theme.js sets), so
// without JavaScript they are absent rather than broken.
(function () {
  'use strict';
  var root = document.documentElement;

  var menu = document.querySelector('.site-menu');
  if (menu) {
    menu.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || !menu.open) return;
      menu.open = false;
      menu.querySelector('summary').focus();
    });
    document.addEventListener('click', function (event) {
      if (menu.open && !menu.contains(event.target)) menu.open = false;
    });
  }

  // Theme toggle: remembers the choice; tells charts (and anything else) with a 'themechange' event.
  var toggle = document.querySelector('.theme-toggle');
  if (toggle) {
    var isDark = function () {
      var chosen = root.getAttribute('data-theme');
      return chosen ? chosen === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    };
    var show = function () { toggle.setAttribute('aria-pressed', isDark() ? 'true' : 'false'); };
    show();
    toggle.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('theme', next); } catch (e) {
        // Storage may be disabled: the theme is applied, just not remembered.
      }
      show();
      document.dispatchEvent(new CustomEvent('themechange'));
    });
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', show);
  }

  // Search.
  var box = document.querySelector('.search');
  var script = document.currentScript;
  var indexUrl = script && script.getAttribute('data-search-index');
  if (!box || !indexUrl || !window.fetch) return;
  var input = box.querySelector('input');
  var list = box.querySelector('.search-results');
  var status = box.querySelector('#search-status');
  var index = null;
  var loading = null;

  function fold(text) { return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''); }
  function load() {
    if (!loading) {
      loading = fetch(indexUrl).then(function (response) { return response.json(); }).then(function (entries) {
        index = entries.map(function (e) { return { e: e, title: fold(e.t), text: fold(e.x) }; });
      });
    }
    return loading;
  }
  function search(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    if (!terms.length) return [];
    var found = [];
    index.forEach(function (item) {
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var inTitle = item.title.indexOf(terms[i]) >= 0;
        if (!inTitle && item.text.indexOf(terms[i]) < 0) return;
        score += inTitle ? 3 : 1;
      }
      if (item.e.k === 'page') score += 1;
      found.push({ score: score, entry: item.e });
    });
    found.sort(function (a, b) { return b.score - a.score; });
    return found.slice(0, 10).map(function (f) { return f.entry; });
  }
  function render(results, query) {
    list.textContent = '';
    results.forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = entry.u;
      var kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = box.getAttribute('data-kind-' + entry.k) || entry.k;
      var title = document.createElement('span');
      title.className = 'search-title';
      title.textContent = entry.t;
      var text = document.createElement('span');
      text.className = 'search-text';
      text.textContent = entry.x;
      link.appendChild(kind);
      link.appendChild(title);
      link.appendChild(text);
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = !query;
    var count = results.length;
    status.textContent = !query ? '' : count === 0 ? box.getAttribute('data-none')
      : count === 1 ? box.getAttribute('data-one') : box.getAttribute('data-many').replace('{n}', count);
    if (query && count === 0) {
      var none = document.createElement('li');
      none.className = 'search-none';
      none.textContent = status.textContent;
      list.appendChild(none);
    }
  }
  function update() {
    var query = input.value.trim();
    load().then(function () {
      // A result for an older query must not replace the list (and the focus) of a newer one.
      if (query !== input.value.trim()) return;
      render(query ? search(query) : [], query);
    });
  }
  function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }

  input.addEventListener('focus', load, { once: true });
  input.addEventListener('input', update);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && links().length) { event.preventDefault(); links()[0].focus(); }
    if (event.key === 'Escape') { input.value = ''; update(); }
  });
  list.addEventListener('keydown', function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < all.length - 1) { event.preventDefault(); all[at + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
    if (event.key === 'Escape') { input.focus(); input.value = ''; update(); }
  });
})();
