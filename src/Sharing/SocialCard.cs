using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Site.Sharing;

/// <summary>
/// Draws one 1200×630 PNG social card with SkiaSharp on the CPU (no browser, no network, no system
/// font): a rule in the accent colour, the site's name, the page's title (shaped by HarfBuzz,
/// wrapped on words, at most four lines, smaller when long) and, when the page has a lead chart,
/// its values as bars on the right. Same content, style and library version: same bytes (the PNG
/// encoder writes no time or text chunks).
/// </summary>
public sealed class SocialCard : IDisposable
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Bumped when the drawing changes, so cards keyed by an older drawing are not reused.</summary>
    public const string Version = "card-3";

    private readonly CardStyle _style;
    private readonly SKTypeface _titleFace;
    private readonly SKTypeface _textFace;

    public SocialCard(CardStyle style)
    {
        _style = style;
        _titleFace = SKTypeface.FromFile(style.TitleFont) ?? throw new InvalidOperationException($"cannot read {style.TitleFont}");
        _textFace = SKTypeface.FromFile(style.TextFont) ?? throw new InvalidOperationException($"cannot read {style.TextFont}");
    }

    public byte[] Draw(CardContent content)
    {
        // Opaque: the PNG holds RGB without an alpha channel (a quarter less to compress and to download).
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColor.Parse(_style.Background));
            using var accent = new SKPaint { Color = SKColor.Parse(_style.Accent), IsAntialias = true };
            canvas.DrawRect(0, 0, Width, 14, accent);

            var hasChart = content.Bars.Count > 0;
            var textWidth = hasChart ? 640f : 1060f;
            using var siteFont = new SKFont(_textFace, 30) { Subpixel = true, Edging = SKFontEdging.Antialias };
            using var muted = new SKPaint { Color = SKColor.Parse(_style.Muted), IsAntialias = true };
            using var shaper = new SKShaper(_textFace);
            foreach (var (line, index) in Wrap(content.SiteName, siteFont, textWidth, 2).Select((l, i) => (l, i)))
                canvas.DrawShapedText(shaper, line, 70, 92 + index * 38, SKTextAlign.Left, siteFont, muted);

            using var titleShaper = new SKShaper(_titleFace);
            using var ink = new SKPaint { Color = SKColor.Parse(_style.Text), IsAntialias = true };
            // The largest size at which the title fits in four lines.
            foreach (var size in new[] { 72f, 64f, 56f, 48f, 42f })
            {
                using var titleFont = new SKFont(_titleFace, size) { Subpixel = true, Edging = SKFontEdging.Antialias };
                var lines = Wrap(content.Title, titleFont, textWidth, int.MaxValue);
                if (lines.Count > 4 && size > 42f) continue;
                var y = 230f;
                foreach (var line in lines.Take(4))
                {
                    canvas.DrawShapedText(titleShaper, line, 70, y, SKTextAlign.Left, titleFont, ink);
                    y += size * 1.18f;
                }
                break;
            }

            using var rule = new SKPaint { Color = SKColor.Parse(_style.Rule), StrokeWidth = 3, IsAntialias = true };
            canvas.DrawLine(70, 560, Width - 70, 560, rule);
            if (hasChart) DrawBars(canvas, content);
        }
        // The Sub filter alone at zlib level 1: trying every filter per row cost more than twice the CPU
        // (28 against 12 ms a card at level 6) for a file a tenth smaller; level 1 then took a third off
        // the CPU of a 1,000-page build into an empty folder, where every card is drawn (12.6 → 8.4 s),
        // for files about 14 % larger than level 6's (the explainer's 116 cards: 3.6 → 4.1 MB).
        using var pixels = bitmap.PeekPixels();
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 1)) ?? throw new InvalidOperationException("the PNG encoder failed");
        return data.ToArray();
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
        using var bar = new SKPaint { Color = SKColor.Parse(_style.Bar), IsAntialias = true };
        using var highlight = new SKPaint { Color = SKColor.Parse(_style.BarHighlight), IsAntialias = true };
        using var baseline = new SKPaint { Color = SKColor.Parse(_style.Muted), StrokeWidth = 2, IsAntialias = true };
        for (var i = 0; i < bars.Count; i++)
        {
            var height = (float)(Math.Abs(bars[i]) / max) * (bottom - top);
            var x = left + i * step + gap / 2;
            canvas.DrawRect(x, bottom - Math.Max(height, 2), step - gap, Math.Max(height, 2), i == content.Highlight ? highlight : bar);
        }
        canvas.DrawLine(left - 10, bottom, right + 10, bottom, baseline);
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
        _titleFace.Dispose();
        _textFace.Dispose();
    }
}
