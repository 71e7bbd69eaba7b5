namespace Site.Charts;

/// <summary>
/// Colours in the figure JSON: the light theme's. charts.js swaps them for the CSS custom
/// properties of the active theme (--chart-*), by role, so dark mode needs no second figure.
/// Okabe–Ito hues, distinguishable with the common colour-vision deficiencies; every colour has at
/// least 3:1 contrast with the page background (WCAG 1.4.11).
/// </summary>
public static class ChartPalette
{
    public const string Text = "#1a1918";
    public const string Grid = "#e6e1d7";
    public const string Halo = "#fbfaf7";
    public const string Base = "#5f6b7a";
    public const string Highlight = "#b3261e";
    public static readonly string[] Series = ["#0072b2", "#b35900", "#007a5a", "#a64d8a"];

    public static string SeriesColor(int index) => Series[index % Series.Length];

    /// <summary>The role charts.js maps to a CSS property: base, highlight, or series-N.</summary>
    public static string SeriesRole(int index) => $"series-{index % Series.Length}";
}
