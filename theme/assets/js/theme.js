// Applies the reader's saved theme before the page paints (so a dark-theme reader never sees a
// white flash). The toggle itself lives in site.js.
(function () {
  try {
    var saved = localStorage.getItem('theme');
    if (saved === 'dark' || saved === 'light') document.documentElement.setAttribute('data-theme', saved);
  } catch (e) { /* storage may be disabled: follow the system setting */ }
})();
