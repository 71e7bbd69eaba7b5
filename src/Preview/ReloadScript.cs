namespace Site.Preview;

/// <summary>
/// The script the preview adds to every HTML page it serves (never written to output/): listens to
/// the server's events, reloads, swaps stylesheets, and shows build errors in an overlay that clears
/// itself once the build is fixed. Styles are set through the DOM, which the site's CSP allows.
/// </summary>
public static class ReloadScript
{
    public const string Path = "/__preview/reload.js";
    public const string EventsPath = "/__preview/events";

    public const string Source = """
        (function () {
          'use strict';
          var overlay = null;
          function showErrors(diagnostics) {
            if (!overlay) {
              overlay = document.createElement('div');
              overlay.id = 'site-preview-overlay';
              overlay.setAttribute('role', 'alert');
              var s = overlay.style;
              s.position = 'fixed'; s.inset = '0'; s.zIndex = '2147483647'; s.overflow = 'auto';
              s.background = 'rgba(20, 10, 10, 0.94)'; s.color = '#fff'; s.padding = '2rem';
              s.font = '14px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace';
              document.body.appendChild(overlay);
            }
            overlay.textContent = '';
            var title = document.createElement('p');
            title.textContent = 'The last change broke the build; this page is the last good one.';
            title.style.font = '600 16px system-ui, sans-serif';
            overlay.appendChild(title);
            diagnostics.forEach(function (text) {
              var line = document.createElement('pre');
              line.textContent = text;
              line.style.whiteSpace = 'pre-wrap'; line.style.margin = '0.5rem 0'; line.style.color = '#ffb4ab';
              overlay.appendChild(line);
            });
          }
          function clearErrors() { if (overlay) { overlay.remove(); overlay = null; } }
          var events = new EventSource('/__preview/events');
          events.addEventListener('reload', function () { location.reload(); });
          events.addEventListener('css', function (event) {
            var change = JSON.parse(event.data);
            clearErrors();
            Array.prototype.forEach.call(document.querySelectorAll('link[rel=stylesheet]'), function (link) {
              if (link.getAttribute('href') === change.from) link.setAttribute('href', change.to);
            });
          });
          events.addEventListener('build-error', function (event) { showErrors(JSON.parse(event.data).diagnostics); });
          events.addEventListener('build-ok', function () { clearErrors(); location.reload(); });
        })();
        """;
}
