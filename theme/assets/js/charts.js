// Charts: reveals the Chart | Table | Download tabs (WAI-ARIA tabs, automatic activation),
// loads plotly.js only when a chart comes near the viewport, and draws each chart from the figure
// JSON in its page, in the colours of the current theme. Without this script, the table, summary,
// source line and notes stay visible and nothing looks broken.
(function () {
  'use strict';
  var script = document.currentScript;
  var plotlySource = script && script.getAttribute('data-plotly');
  var figures = Array.prototype.slice.call(document.querySelectorAll('[data-chart]'));
  if (!figures.length || !plotlySource) return;

  var loading = null;
  function loadPlotly() {
    if (window.Plotly) return Promise.resolve(window.Plotly);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var element = document.createElement('script');
        element.src = plotlySource;
        element.async = true;
        element.onload = function () { resolve(window.Plotly); };
        element.onerror = reject;
        document.head.appendChild(element);
      });
    }
    return loading;
  }

  // Colours come from the theme's CSS custom properties, by role (see ChartPalette.cs).
  function palette() {
    var style = getComputedStyle(document.documentElement);
    function read(name) { return style.getPropertyValue(name).trim(); }
    return {
      text: read('--chart-text'), grid: read('--chart-grid'), base: read('--chart-base'), highlight: read('--chart-highlight'),
      halo: read('--chart-halo'),
      series: [read('--chart-series-0'), read('--chart-series-1'), read('--chart-series-2'), read('--chart-series-3')]
    };
  }
  function colourOf(role, colours) {
    if (role === 'highlight') return colours.highlight;
    if (role === 'base') return colours.base;
    return colours.series[Number(role.split('-')[1]) || 0];
  }
  // A halo of the page's colour around every label on the plot: no gridline runs through a label.
  function halo(colour) { return '0 0 2px ' + colour + ', 0 0 3px ' + colour + ', 0 0 4px ' + colour; }
  // The figure as drawn now: in the current theme's colours and sized for the plot's current width.
  function styled(figure, colours, width) {
    var copy = JSON.parse(JSON.stringify(figure));
    // Sized from the plot's box at every (re)draw, not only the first: the reader may resize the window.
    copy.layout.autosize = true;
    // On narrow screens the room kept for outside labels may not exceed a third of the width.
    var room = Math.round(width / 3);
    if (copy.layout.margin && copy.layout.margin.r > room) copy.layout.margin.r = room;
    // Phones get slightly smaller type, so labels keep their room at 320 px.
    if (width < 480) copy.layout.font.size = 12;
    copy.layout.font.color = colours.text;
    ['xaxis', 'yaxis'].forEach(function (axis) {
      if (!copy.layout[axis]) return;
      copy.layout[axis].linecolor = colours.grid;
      if (copy.layout[axis].gridcolor) copy.layout[axis].gridcolor = colours.grid;
    });
    (copy.layout.annotations || []).forEach(function (note) { note.font.color = colours.text; note.font.shadow = halo(colours.halo); note.arrowcolor = colours.text; });
    copy.data.forEach(function (trace) {
      var roles = (trace.meta && trace.meta.roles) || [];
      var colour = roles.length === 1 ? colourOf(roles[0], colours) : roles.map(function (role) { return colourOf(role, colours); });
      if (trace.marker) trace.marker.color = colour;
      if (trace.marker && trace.marker.line) trace.marker.line.color = colours.text;
      // A line has one colour: the series' (or the base colour when only markers are highlighted).
      if (trace.line) trace.line.color = roles.indexOf('base') >= 0 ? colours.base : (Array.isArray(colour) ? colour[0] : colour);
      if (trace.error_y) trace.error_y.color = Array.isArray(colour) ? colour[0] : colour;
      trace.textfont = { color: colours.text, shadow: halo(colours.halo) };
    });
    return copy;
  }

  // No mode bar: the chart is part of the story, and its data is one tab away (Table, Download).
  var config = { displayModeBar: false, displaylogo: false, responsive: true };
  var drawn = [];

  // What a plot is drawn for (the theme's text colour and its width), kept on it as data-drawn-for:
  // a redraw is needed when either changed, and the tests wait for it after a live change.
  function stateOf(plot, colours) { return colours.text + ' ' + plot.clientWidth; }

  function render(chart) {
    var colours = palette();
    var state = stateOf(chart.plot, colours);
    var figure = styled(chart.data, colours, chart.plot.clientWidth);
    // Drawn anew, not updated with Plotly.react: react places some bar labels differently from a
    // first drawing, and a redrawn chart should look exactly as if the page had been opened so.
    return window.Plotly.newPlot(chart.plot, figure.data, figure.layout, config).then(function () {
      nameDrawing(chart);
      chart.plot.setAttribute('data-drawn-for', state);
    });
  }

  // Plotly gives its SVG no accessible name (plotly.js issue 6920): the drawing is one image named by
  // the chart's title and described by its summary line; the overlay SVGs (hover layers) are hidden.
  function nameDrawing(chart) {
    var svgs = chart.plot.querySelectorAll('svg.main-svg');
    Array.prototype.forEach.call(svgs, function (svg, index) {
      if (index === 0) {
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-labelledby', chart.id + '-title');
        svg.setAttribute('aria-describedby', chart.id + '-summary');
      } else {
        svg.setAttribute('aria-hidden', 'true');
      }
    });
  }

  function draw(figure) {
    if (figure.drawn) return;
    figure.drawn = true;
    var plot = figure.querySelector('.chart-plot');
    var data = JSON.parse(figure.querySelector('.chart-figure').textContent);
    var categories = Number(plot.getAttribute('data-categories')) || 0;
    if (plot.getAttribute('data-orientation') === 'h') plot.style.height = (96 + 40 * categories) + 'px';
    loadPlotly().then(function () {
      var chart = { plot: plot, data: data, id: figure.id };
      return render(chart).then(function () {
        drawn.push(chart);
        figure.classList.add('chart-drawn');
        var placeholder = plot.querySelector('.chart-placeholder');
        if (placeholder) placeholder.parentNode.removeChild(placeholder);
      });
    }).catch(function (error) {
      if (window.console) console.warn('chart not drawn:', error);
      // The chart could not load: show the table instead, so the reader still gets the data.
      select(figure, figure.querySelector('[role=tab][aria-controls$="-table"]'), false);
    });
  }

  // Redraws every drawn chart whose theme or width changed since it was drawn (a hidden one when it
  // is shown again: its width is unknown until then). Resize events come in bursts while a window is
  // dragged: one redraw per burst.
  function redrawChanged() {
    var colours = palette();
    drawn.forEach(function (chart) {
      if (!chart.plot.getClientRects().length) return;
      if (chart.plot.getAttribute('data-drawn-for') !== stateOf(chart.plot, colours)) render(chart);
    });
  }
  var pending = null;
  function redrawSoon() {
    if (pending) clearTimeout(pending);
    pending = setTimeout(function () { pending = null; redrawChanged(); }, 100);
  }

  function select(figure, tab, moveFocus) {
    var tabs = figure.querySelectorAll('[role=tab]');
    Array.prototype.forEach.call(tabs, function (other) {
      var selected = other === tab;
      other.setAttribute('aria-selected', selected ? 'true' : 'false');
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    });
    if (moveFocus) tab.focus();
    if (tab.getAttribute('aria-controls').slice(-6) === '-chart' && figure.drawn && window.Plotly) redrawChanged();
  }

  function setUpTabs(figure) {
    var list = figure.querySelector('[role=tablist]');
    var tabs = Array.prototype.slice.call(list.querySelectorAll('[role=tab]'));
    select(figure, tabs[0], false);
    // From here the panels' hidden attributes decide; CSS only laid out the first paint.
    figure.classList.add('chart-tabs-ready');
    tabs.forEach(function (tab, index) {
      tab.addEventListener('click', function () { select(figure, tab, false); });
      tab.addEventListener('keydown', function (event) {
        var next = null;
        if (event.key === 'ArrowRight') next = tabs[(index + 1) % tabs.length];
        else if (event.key === 'ArrowLeft') next = tabs[(index - 1 + tabs.length) % tabs.length];
        else if (event.key === 'Home') next = tabs[0];
        else if (event.key === 'End') next = tabs[tabs.length - 1];
        if (!next) return;
        event.preventDefault();
        select(figure, next, true);
      });
    });
  }

  figures.forEach(setUpTabs);

  // Load and draw when a chart scrolls into view (its placeholder, in the chart's final size, holds
  // the place until then). Not earlier: plotly.js costs the main thread a few hundred milliseconds,
  // which a reader whose first screen has no chart should not pay while the page opens.
  if ('IntersectionObserver' in window) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        observer.unobserve(entry.target);
        draw(entry.target);
      });
    }, { rootMargin: '0px' });
    figures.forEach(function (figure) { observer.observe(figure); });
  } else {
    figures.forEach(draw);
  }

  // Follow the light/dark theme (the system setting, live, and the site's toggle: a 'themechange'
  // event) and the window's width (a phone turned, a window resized: margins and type depend on it).
  var scheme = window.matchMedia('(prefers-color-scheme: dark)');
  if (scheme.addEventListener) scheme.addEventListener('change', redrawSoon);
  document.addEventListener('themechange', redrawSoon);
  window.addEventListener('resize', redrawSoon);
})();
