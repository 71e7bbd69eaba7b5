// A chart's embed page: tells the page that frames it how tall the content is, on load and whenever it
// changes (the chart drawn, a view switched, the citation opened, the frame's width changed), as
// {"type":"explainer-embed:height","height":N,"id":"<chart id>"}. The host's script (docs/guide.md,
// "Embedding a chart") sets the matching iframe's height; without it the frame keeps its own.
(function () {
  'use strict';
  if (window.parent === window) return;
  var script = document.currentScript;
  var id = script ? script.getAttribute('data-embed') : '';
  var last = 0;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    // '*': the height is no secret, and the host's origin is not known to a static page.
    window.parent.postMessage({ type: 'explainer-embed:height', height: height, id: id }, '*');
  }
  if ('ResizeObserver' in window) new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('load', post);
  window.addEventListener('resize', post);
  post();
})();
