using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Site.Sharing;
using Site.Tests.Support;
using SkiaSharp;
using Xunit;

namespace Site.Tests.Sharing;

/// <summary>The cards' PNG writer (CardPng) and a renderer reused from card to card (SocialCard).</summary>
public sealed class CardPngTests
{
    /// <summary>Rows equal to the one above (as stored, alpha included)? The writer gives those the Up filter.</summary>
    private static bool Repeated(int y) => y is > 0 and < 6 or 21 or 23 or 24;

    /// <summary>
    /// RGBA rows with padding at their ends: runs of rows equal to the one above, rows of noise (alpha
    /// too: it is never written), row 13 equal to row 12 but for one alpha, row 22 equal to row 21 but
    /// for one colour byte.
    /// </summary>
    private static (byte[] Pixels, int Width, int Height, int RowBytes) Sample()
    {
        const int width = 37, height = 29, rowBytes = width * 4 + 12;
        var pixels = new byte[rowBytes * height];
        var random = new Random(28);
        random.NextBytes(pixels);
        for (var y = 1; y < height; y++)
        {
            var row = pixels.AsSpan(y * rowBytes, width * 4);
            if (Repeated(y) || y is 13 or 22) pixels.AsSpan((y - 1) * rowBytes, width * 4).CopyTo(row);
            if (y == 13) row[7] ^= 0x40;
            if (y == 22) row[(width - 1) * 4 + 2] ^= 1;
        }
        return (pixels, width, height, rowBytes);
    }

    [Fact]
    public void A_card_png_is_signature_IHDR_one_IDAT_and_IEND_with_valid_CRCs_and_libpng_reads_back_every_pixel()
    {
        var (pixels, width, height, rowBytes) = Sample();
        var png = new CardPng().Encode(pixels, width, height, rowBytes);

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var chunks = new List<(string Type, byte[] Data)>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var typeAndData = png.AsSpan(at + 4, 4 + length);
            Assert.Equal(Crc32Bitwise(typeAndData), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)));
            chunks.Add((Encoding.ASCII.GetString(typeAndData[..4]), typeAndData[4..].ToArray()));
            at += 12 + length;
        }
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        Assert.Equal([0, 0, 0, 37, 0, 0, 0, 29, 8, 2, 0, 0, 0], chunks[0].Data); // 8-bit RGB, no interlace
        Assert.Empty(chunks[2].Data);

        // The filtered rows: a filter byte (2, Up, for a row equal to the one above, else 0, None) and 3 bytes a pixel.
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(chunks[1].Data), CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var raw = inflated.ToArray();
        Assert.Equal(height * (1 + width * 3), raw.Length);
        var filters = Enumerable.Range(0, height).Select(y => raw[y * (1 + width * 3)]).ToArray();
        Assert.Equal(Enumerable.Range(0, height).Select(y => (byte)(Repeated(y) ? 2 : 0)), filters);

        using var decoded = SKBitmap.Decode(png);
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var at = y * rowBytes + x * 4;
                Assert.Equal(new SKColor(pixels[at], pixels[at + 1], pixels[at + 2]), decoded.GetPixel(x, y));
            }
    }

    [Fact]
    public void A_card_png_is_the_same_bytes_every_time_by_any_writer_whatever_it_wrote_before()
    {
        var (pixels, width, height, rowBytes) = Sample();
        var writer = new CardPng();
        var first = writer.Encode(pixels, width, height, rowBytes);
        Assert.Equal(first, writer.Encode(pixels.ToArray(), width, height, rowBytes)); // the same writer again
        Assert.Equal(first, new CardPng().Encode(pixels, width, height, rowBytes));
        var other = pixels.ToArray();
        other[3 * rowBytes] ^= 1;
        Assert.NotEqual(first, writer.Encode(other, width, height, rowBytes));
        Assert.Equal(first, writer.Encode(pixels, width, height, rowBytes)); // what it wrote before leaves no trace
    }

    [Fact]
    public void A_renderer_draws_a_card_to_the_same_bytes_whatever_it_drew_before_and_renderers_on_parallel_threads_agree()
    {
        var style = CardStyle.Load([Repo.Theme], Repo.Root, new Site.Diagnostics.DiagnosticBag())!;
        CardContent[] contents =
        [
            new("Site « name »", "Pilier 1 : la puissance de calcul souveraine", "fr", [3, 1.5, 0.2], 1),
            new("Canada’s AI for All: Can the Nation Escape the Silicon Valley Brain Drain?", "Short", "en", [], -1),
            new("Site", string.Join(' ', Enumerable.Repeat("A long title that takes every line the card has and more", 4)), "en", [5, 4, 3, 2, 1, 0, -1, 2, 3, 4, 5, 6, 7], 12),
            new("Site", "Bars without a title's second line", "en", [0, 0], 0),
        ];
        // Each card alone, by a renderer that drew nothing before it.
        var alone = contents.Select(content =>
        {
            using var fresh = new SocialCard(style);
            return fresh.Draw(content);
        }).ToArray();
        Assert.Equal(contents.Length, alone.Select(Convert.ToHexString).Distinct().Count());
        foreach (var png in alone)
        {
            using var bitmap = SKBitmap.Decode(png);
            Assert.Equal((SocialCard.Width, SocialCard.Height), (bitmap.Width, bitmap.Height));
        }

        // One renderer, forwards then backwards: what it drew before leaves no trace.
        using (var reused = new SocialCard(style))
        {
            for (var i = 0; i < contents.Length; i++) Assert.Equal(alone[i], reused.Draw(contents[i]));
            for (var i = contents.Length - 1; i >= 0; i--) Assert.Equal(alone[i], reused.Draw(contents[i]));
        }

        // Renderers on parallel workers, as SiteSharing.Cards draws: each index gets its own card's bytes.
        var order = Enumerable.Range(0, 24).Select(i => i % contents.Length).ToArray();
        var drawn = new byte[order.Length][];
        Parallel.For(0, order.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, () => new SocialCard(style),
            (i, _, renderer) => { drawn[i] = renderer.Draw(contents[order[i]]); return renderer; }, renderer => renderer.Dispose());
        for (var i = 0; i < order.Length; i++) Assert.Equal(alone[order[i]], drawn[i]);
    }

    [Fact]
    public void The_build_s_cards_drawn_in_parallel_from_a_pool_of_renderers_are_in_order_and_the_bytes_one_renderer_draws_one_by_one()
    {
        var style = CardStyle.Load([Repo.Theme], Repo.Root, new Site.Diagnostics.DiagnosticBag())!;
        var sharing = SiteSharing.Plan([], new Dictionary<string, Site.Data.DataTable>(), Site.Content.SiteConfig.Default, _ => "", "/", null, style, _ => null);
        // Forty cards of this test's own (the build keeps the last cards by key), every fifth one a twin of the one before.
        var contents = Enumerable.Range(0, 40).Select(i => i % 5 == 4
            ? new CardContent("Card scheduling test", $"Card {i - 1}", "en", (i - 1) % 3 == 0 ? [] : [i - 1, 2, 3], 0)
            : new CardContent("Card scheduling test", $"Card {i}", "en", i % 3 == 0 ? [] : [i, 2, 3], 0)).ToList();
        var paths = contents.Select((content, i) => sharing.AddCard($"cards/test-{i}", content)!).ToList();

        var files = sharing.Cards(previousOutput: null);

        Assert.Equal(paths, files.Select(f => f.RelativePath));
        using var one = new SocialCard(style);
        for (var i = 0; i < contents.Count; i++) Assert.Equal(one.Draw(contents[i]), files[i].Content);
        Assert.Equal(paths[3].Split('.')[1], paths[4].Split('.')[1]); // a twin: the same key, the same bytes
        Assert.Equal(files[3].Content, files[4].Content);
    }

    /// <summary>CRC-32 (ISO 3309, as PNG uses it) one bit at a time: independent of the library the writer uses.</summary>
    private static uint Crc32Bitwise(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
