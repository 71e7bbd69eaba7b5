using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Site.Sharing;

/// <summary>
/// Draws 1200×630 PNG social cards with SkiaSharp on the CPU (no browser, no network, no system
/// font): a rule in the accent colour, the site's name, the page's title (shaped by HarfBuzz,
/// wrapped on words, at most four lines, smaller when long) and, when the page has a lead chart,
/// its values as bars on the right. Same content, style and library versions: same bytes
/// (<see cref="CardPng"/> writes no time or text chunks).
/// One renderer draws one card at a time (not thread-safe): it keeps its bitmap, canvas, fonts,
/// shapers and paints from card to card, and each card starts from a cleared canvas, so a card's
/// bytes do not depend on what was drawn before (SiteSharing keeps a pool: one renderer a core drawing).
/// Measured (docs/performance.md, "Social cards"): a card took 4.6–5.7 ms of CPU, of which
/// SkiaSharp's PNG encoder 5.0–5.2 and a new 3 MB bitmap 0.7; shaping and drawing the text 0.4–0.9,
/// the wrap's measuring 0.06, the rule and bars 0.06. Now 1.6–2.1 ms: CardPng 1.5–1.7, the clear in
/// place 0.12, the drawing as before (same pixels). A fresh 1,000-page build: about 6.0 → 2.6 s of CPU.
/// </summary>
public sealed class SocialCard : IDisposable
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Bumped when the drawing or the encoding changes, so cards keyed by an older one are not reused.</summary>
    public const string Version = "card-4";

    /// <summary>The title's sizes, largest first: the largest at which it fits in four lines is drawn.</summary>
    private static readonly float[] TitleSizes = [72f, 64f, 56f, 48f, 42f];

    private readonly SKTypeface _titleFace;
    private readonly SKTypeface _textFace;
    private readonly SKShaper _textShaper;
    private readonly SKShaper _titleShaper;
    private readonly SKFont _siteFont;
    private readonly SKFont[] _titleFonts;
    private readonly SKColor _background;
    private readonly SKPaint _accent, _muted, _ink, _rule, _bar, _highlight, _baseline;
    // Opaque: the PNG holds RGB without an alpha channel (a quarter less to compress and to download).
    private readonly SKBitmap _bitmap = new(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
    private readonly SKCanvas _canvas;
    private readonly CardPng _png = new();

    public SocialCard(CardStyle style)
    {
        _titleFace = SKTypeface.FromFile(style.TitleFont) ?? throw new InvalidOperationException($"cannot read {style.TitleFont}");
        _textFace = SKTypeface.FromFile(style.TextFont) ?? throw new InvalidOperationException($"cannot read {style.TextFont}");
        _textShaper = new SKShaper(_textFace);
        _titleShaper = new SKShaper(_titleFace);
        _siteFont = new SKFont(_textFace, 30) { Subpixel = true, Edging = SKFontEdging.Antialias };
        _titleFonts = [.. TitleSizes.Select(size => new SKFont(_titleFace, size) { Subpixel = true, Edging = SKFontEdging.Antialias })];
        _background = SKColor.Parse(style.Background);
        _accent = Paint(style.Accent);
        _muted = Paint(style.Muted);
        _ink = Paint(style.Text);
        _rule = Paint(style.Rule, strokeWidth: 3);
        _bar = Paint(style.Bar);
        _highlight = Paint(style.BarHighlight);
        _baseline = Paint(style.Muted, strokeWidth: 2);
        _canvas = new SKCanvas(_bitmap);
    }

    private static SKPaint Paint(string colour, float strokeWidth = 0) => new() { Color = SKColor.Parse(colour), StrokeWidth = strokeWidth, IsAntialias = true };

    public byte[] Draw(CardContent content)
    {
        var canvas = _canvas;
        canvas.Clear(_background);
        canvas.DrawRect(0, 0, Width, 14, _accent);

        var hasChart = content.Bars.Count > 0;
        var textWidth = hasChart ? 640f : 1060f;
        foreach (var (line, index) in Wrap(content.SiteName, _siteFont, textWidth, 2).Select((l, i) => (l, i)))
            canvas.DrawShapedText(_textShaper, line, 70, 92 + index * 38, SKTextAlign.Left, _siteFont, _muted);

        for (var s = 0; s < TitleSizes.Length; s++)
        {
            var (size, titleFont) = (TitleSizes[s], _titleFonts[s]);
            var lines = Wrap(content.Title, titleFont, textWidth, int.MaxValue);
            if (lines.Count > 4 && s < TitleSizes.Length - 1) continue;
            var y = 230f;
            foreach (var line in lines.Take(4))
            {
                canvas.DrawShapedText(_titleShaper, line, 70, y, SKTextAlign.Left, titleFont, _ink);
                y += size * 1.18f;
            }
            break;
        }

        canvas.DrawLine(70, 560, Width - 70, 560, _rule);
        if (hasChart) DrawBars(canvas, content);
        canvas.Flush();
        return _png.Encode(_bitmap.GetPixelSpan(), Width, Height, _bitmap.RowBytes);
    }

    /// <summary>The lead chart's values as bars from a common baseline, the highlighted one in the highlight colour.</summary>
    private void DrawBars(SKCanvas canvas, CardContent content)
    {
        const float left = 770, right = 1130, top = 130, bottom = 530;
        var bars = content.Bars.Take(12).ToList();
        var max = bars.Max(b => Math.Abs(b));
        if (max <= 0) max = 1;
        var step = (right - left) / bars.Count;
        var gap = step * 0.22f;
        for (var i = 0; i < bars.Count; i++)
        {
            var height = (float)(Math.Abs(bars[i]) / max) * (bottom - top);
            var x = left + i * step + gap / 2;
            canvas.DrawRect(x, bottom - Math.Max(height, 2), step - gap, Math.Max(height, 2), i == content.Highlight ? _highlight : _bar);
        }
        canvas.DrawLine(left - 10, bottom, right + 10, bottom, _baseline);
    }

    /// <summary>Words on lines no wider than <paramref name="width"/> (a word longer than a line gets a line of its own).</summary>
    private static List<string> Wrap(string text, SKFont font, float width, int maxLines)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(current);
                current = word;
            }
            else current = candidate;
        }
        if (current.Length > 0) lines.Add(current);
        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            lines[^1] += "…";
        }
        return lines;
    }

    public void Dispose()
    {
        _canvas.Dispose();
        _bitmap.Dispose();
        foreach (var paint in new[] { _accent, _muted, _ink, _rule, _bar, _highlight, _baseline }) paint.Dispose();
        foreach (var font in _titleFonts) font.Dispose();
        _siteFont.Dispose();
        _titleShaper.Dispose();
        _textShaper.Dispose();
        _titleFace.Dispose();
        _textFace.Dispose();
    }
}
