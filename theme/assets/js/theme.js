// Runs in <head>, before the page paints: marks the page as scripted (so CSS can lay out the search
// box, theme toggle and chart tabs from the start, without a layout shift when they appear), and
// applies the reader's saved theme (so a dark-theme reader never sees a white flash).
(function () {
  document.documentElement.classList.add('js');
  try {
    var saved = localStorage.getItem('theme');
    if (saved === 'dark' || saved === 'light') document.documentElement.setAttribute('data-theme', saved);
  } catch (e) {
    // Storage may be disabled: follow the system setting.
  }
})();
