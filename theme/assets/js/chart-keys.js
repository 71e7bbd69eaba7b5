// Keyboard and screen-reader access to a chart's data points, read from the chart's own accessible
// table so every number announced is exactly the page's formatted value. With the plot focused:
// Left/Right move through categories, Up/Down through series, Home/End to the first/last category,
// Escape returns focus to the chart's tab. No role=application and no handling of Tab: a screen
// reader's browse mode keeps its own keys and nothing traps focus (the lesson of Highcharts' and
// chart2music's issues). The words ("of", ordinals, the hint) come from theme/i18n via data attributes.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var words = {
    of: script.getAttribute("data-of") || "of",
    hint: script.getAttribute("data-hint") || "",
    ordinalOne: script.getAttribute("data-ordinal-one") || "{n}",
    ordinalOther: script.getAttribute("data-ordinal-other") || "{n}"
  };
  var lang = document.documentElement.lang || "en";

  function ordinal(n) {
    if (lang.indexOf("fr") === 0) return n === 1 ? words.ordinalOne.replace("{n}", n) : words.ordinalOther.replace("{n}", n);
    var tens = n % 100, ones = n % 10;
    var suffix = tens >= 11 && tens <= 13 ? "th" : ones === 1 ? "st" : ones === 2 ? "nd" : ones === 3 ? "rd" : "th";
    return n + suffix;
  }

  // What a screen reader reads in the cell: marks hidden from it (a bound's "+") are left out.
  function text(cell) {
    var copy = cell.cloneNode(true);
    var hidden = copy.querySelectorAll("[aria-hidden=true]");
    for (var i = 0; i < hidden.length; i++) hidden[i].parentNode.removeChild(hidden[i]);
    return (copy.textContent || "").replace(/\s+/g, " ").trim();
  }

  function setUp(figure) {
    var plot = figure.querySelector(".chart-plot");
    var table = figure.querySelector(".chart-panel-table table");
    if (!plot || !table) return;
    var header = table.querySelectorAll("thead th");
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    if (rows.length === 0 || header.length < 2) return;
    // A column's heading is its series name and, in its own span, its unit: "1.8 (US$ billions)".
    var series = [], units = [];
    for (var s = 1; s < header.length; s++) {
      var unit = header[s].querySelector(".unit");
      units.push(unit ? text(unit) : "");
      var name = header[s].cloneNode(true);
      var nameUnit = name.querySelector(".unit");
      if (nameUnit) nameUnit.parentNode.removeChild(nameUnit);
      series.push(text(name));
    }
    var points = rows.map(function (row) {
      var cells = row.querySelectorAll("th, td");
      var values = [];
      for (var c = 1; c < cells.length; c++) values.push(text(cells[c]));
      return { name: text(cells[0]), values: values };
    });

    var id = figure.id;
    var hint = document.createElement("p");
    hint.className = "visually-hidden";
    hint.id = id + "-keys-hint";
    hint.textContent = words.hint;
    var live = document.createElement("p");
    live.className = "visually-hidden chart-keys-live";
    live.id = id + "-keys-live";
    live.setAttribute("aria-live", "polite");
    live.setAttribute("aria-atomic", "true");
    plot.parentNode.insertBefore(hint, plot.nextSibling);
    plot.parentNode.insertBefore(live, hint.nextSibling);

    plot.setAttribute("tabindex", "0");
    plot.setAttribute("role", "group");
    plot.setAttribute("aria-labelledby", id + "-title");
    plot.setAttribute("aria-describedby", id + "-keys-hint");

    var row = -1, column = 0;
    function announce() {
      var point = points[row];
      var value = (point.values[column] || "") + (units[column] && point.values[column] ? " " + units[column] : "");
      var label = point.name + ", " + (series.length > 1 ? series[column] + ", " : "") + value + ", " +
        ordinal(row + 1) + " " + words.of + " " + points.length;
      live.textContent = label;
    }
    plot.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var key = event.key;
      if (key === "Escape") {
        live.textContent = "";
        row = -1;
        var tab = figure.querySelector("[role=tab][aria-selected=true]");
        if (tab) tab.focus();
        event.preventDefault();
        return;
      }
      var moved = true;
      if (key === "ArrowRight") row = row < 0 ? 0 : Math.min(points.length - 1, row + 1);
      else if (key === "ArrowLeft") row = row < 0 ? 0 : Math.max(0, row - 1);
      else if (key === "Home") row = 0;
      else if (key === "End") row = points.length - 1;
      else if (key === "ArrowDown") { if (row < 0) row = 0; else column = Math.min(series.length - 1, column + 1); }
      else if (key === "ArrowUp") { if (row < 0) row = 0; else column = Math.max(0, column - 1); }
      else moved = false;
      if (!moved) return;
      event.preventDefault();
      announce();
    });
  }

  function start() {
    var figures = document.querySelectorAll("figure[data-chart]");
    for (var i = 0; i < figures.length; i++) setUp(figures[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
