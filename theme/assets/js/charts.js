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
    // On narrow screens the room kept for outside labels may not exceed half the width.
    var room = Math.round(width / 2);
    if (copy.layout.margin && copy.layout.margin.r > room) copy.layout.margin.r = room;
    // Phones get slightly smaller type, so labels keep their room at 320 px, and fewer value ticks,
    // so "1,000" and "1,500" never touch.
    if (turns(copy, width)) turn(copy, width);
    if (width < 480) {
      copy.layout.font.size = 12;
      ['xaxis', 'yaxis'].forEach(function (name) {
        var axis = copy.layout[name];
        if (!axis) return;
        if (axis.nticks) axis.nticks = width < 360 ? 2 : 3;
        // Category names and value labels break at spaces into short lines (numbers keep their no-break spaces).
        if (axis.tickvals && !axis.nticks) axis.ticktext = axis.tickvals.map(function (name) { return wrap(String(name), 12); });
      });
      copy.data.forEach(function (trace) {
        if (Array.isArray(trace.text) && trace.type !== 'scatter' || (trace.mode || '').indexOf('text') >= 0) {
          trace.text = (trace.text || []).map(function (text) { return String(text).split('<br>').map(function (line) { return wrap(line, 14); }).join('<br>'); });
        }
      });
      // Room for the longest line of a label beyond the marks' ends.
      if (copy.layout.margin && (copy.layout.yaxis && copy.layout.yaxis.autorange === 'reversed')) {
        copy.layout.margin.r = Math.min(Math.round(width * 0.45), Math.max(40, 12 + 7 * longestLine(copy)));
      }
    }
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

  // Vertical bars whose names would collide on a narrow screen are drawn horizontally there: the
  // names then stack down the left, each on its own line (FigureBuilder marks the figures that may turn).
  // A name takes about 8 px a character at 12-13 px type, and 16 px of space around it.
  function turns(figure, width) {
    if (!figure.layout.meta || !figure.layout.meta.turnable) return false;
    var axis = figure.layout.xaxis;
    var names = (axis.ticktext || axis.tickvals || []).map(String);
    var longest = 0;
    names.forEach(function (name) { name.split('<br>').forEach(function (line) { longest = Math.max(longest, line.length); }); });
    return names.length > 0 && 16 + 8 * longest > (width - 60) / names.length;
  }
  function turn(figure, width) {
    figure.data.forEach(function (trace) {
      var x = trace.x;
      trace.x = trace.y;
      trace.y = x;
      if (trace.type === 'bar') trace.orientation = 'h';
      if (trace.marker && Array.isArray(trace.marker.symbol)) {
        trace.marker.symbol = trace.marker.symbol.map(function (s) { return s === 'triangle-up' ? 'triangle-right' : s === 'triangle-down' ? 'triangle-left' : s; });
      }
    });
    var x = figure.layout.xaxis;
    figure.layout.xaxis = figure.layout.yaxis;
    figure.layout.yaxis = x;
    figure.layout.yaxis.autorange = 'reversed';
    // Notes pinned to a category follow it: beside the bar's end instead of above it.
    (figure.layout.annotations || []).forEach(function (note) {
      if (note.xref === 'paper') return;
      var at = note.x;
      note.x = note.y;
      note.y = at;
      if ('ax' in note) {
        var ax = note.ax;
        note.ax = -note.ay;
        note.ay = ax;
      }
    });
    // Room on the right for the labels beyond the bars' ends, as FigureBuilder gives horizontal charts.
    figure.layout.margin.r = Math.min(Math.round(width / 2), Math.max(48, 16 + 7 * longestLine(figure)));
  }
  function wrap(text, max) {
    if (text.length <= max) return text;
    var lines = [];
    var line = '';
    text.split(' ').forEach(function (word) {
      if (line && line.length + 1 + word.length > max) {
        lines.push(line);
        line = '';
      }
      line = line ? line + ' ' + word : word;
    });
    lines.push(line);
    return lines.join('<br>');
  }
  function longestLine(figure) {
    var longest = 0;
    figure.data.forEach(function (trace) {
      (trace.text || []).forEach(function (text) {
        String(text).split('<br>').forEach(function (line) { longest = Math.max(longest, line.length); });
      });
    });
    return longest;
  }
  // A horizontal chart is as tall as its categories need: 96 px, and 40 px a category (24 more a further label line).
  function horizontalHeight(plot, lines) {
    var categories = Number(plot.getAttribute('data-categories')) || 0;
    return (96 + (16 + 24 * (lines || 1)) * categories) + 'px';
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
    var width = chart.plot.clientWidth;
    // A vertical chart turned horizontal takes a horizontal chart's height; turned back, its own (CSS).
    if (chart.plot.getAttribute('data-orientation') !== 'h') {
      chart.plot.style.height = turns(chart.data, width) ? horizontalHeight(chart.plot, chart.data.layout.meta.lines) : '';
    }
    var figure = styled(chart.data, colours, width);
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
    if (plot.getAttribute('data-orientation') === 'h') plot.style.height = horizontalHeight(plot, Number(plot.getAttribute('data-lines')) || 1);
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

  // The Embed view's copy button, shown only here where it can work (the text area stays selectable
  // without it). The code is selected too, so a browser that refuses the clipboard leaves it ready for Ctrl+C.
  function setUpCopy(button) {
    var code = document.getElementById(button.getAttribute('data-copy'));
    var status = button.parentNode.querySelector('.embed-copied');
    if (!code) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      code.select();
      function done() { if (status) status.textContent = status.getAttribute('data-copied'); }
      function fallback() { try { if (document.execCommand('copy')) done(); } catch (e) { /* the selection is left for the reader */ } }
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(code.value).then(done, fallback);
      else fallback();
      button.focus();
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('.embed-copy[data-copy]'), setUpCopy);

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
