using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.Intrinsics;
using AdvSimd = System.Runtime.Intrinsics.Arm.AdvSimd;
using Ssse3 = System.Runtime.Intrinsics.X86.Ssse3;

namespace Site.Sharing;

/// <summary>
/// Writes an opaque card's pixels as an 8-bit RGB PNG: the signature, IHDR, one IDAT and IEND, no
/// other chunk (no time, no text: same pixels, same bytes). Written here rather than by SkiaSharp's
/// encoder because a card is mostly rows equal to the row above (the background, the rule, the
/// bars' insides): such a row is found by comparing it with the row above and written with the Up
/// filter (all zeros), every other row unfiltered. That and .NET's zlib (zlib-ng, level 2) take a
/// card's encoding from 5.0–5.2 ms to 1.5–1.7 ms of CPU, for files a fifth to a third smaller than
/// SkiaSharp's Sub filter at zlib level 1 wrote (docs/performance.md, "Social cards"). The deflate
/// stream and the CRC-32 come from libraries (System.IO.Compression, System.IO.Hashing); only the PNG
/// framing is ours.
/// One writer encodes one image at a time: it keeps its buffers from card to card (each renderer has its own).
/// </summary>
internal sealed class CardPng
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Level 2: zlib-ng's level 1 has only fixed Huffman codes (files a third larger for the same CPU here); 3 to 6 are 7–12 % smaller for 16–90 % more CPU.</summary>
    private const int ZlibLevel = 2;

    private const byte FilterNone = 0, FilterUp = 2;

    // Kept from image to image: the file being written, one row as RGB, and a row of the Up filter's zeros.
    private readonly MemoryStream _png = new(64 * 1024);
    private byte[] _rgbRow = [];
    private byte[] _upRow = [];

    /// <param name="rgba">Rows of 8-bit R, G, B, A (the alpha is ignored: the card is opaque).</param>
    /// <param name="rowBytes">The distance between two rows in <paramref name="rgba"/> (at least width × 4).</param>
    public byte[] Encode(ReadOnlySpan<byte> rgba, int width, int height, int rowBytes)
    {
        if (width <= 0 || height <= 0 || rowBytes < width * 4 || rgba.Length < (long)rowBytes * (height - 1) + width * 4)
            throw new ArgumentException("the pixels do not hold width × height RGBA pixels");
        var png = _png;
        png.SetLength(0);
        png.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB
        // header[10..13]: deflate compression, adaptive filtering, no interlace (all zero)
        WriteChunk(png, "IHDR"u8, header);

        // IDAT: its length and type are written once the compressed data is known.
        var idatStart = (int)png.Length;
        png.Write(stackalloc byte[8]);
        if (_rgbRow.Length != 1 + width * 3)
        {
            _rgbRow = new byte[1 + width * 3];
            _upRow = new byte[1 + width * 3]; // the Up filter over a row equal to the one above: all zeros
            _upRow[0] = FilterUp;
        }
        var (rgbRow, upRow) = (_rgbRow, _upRow);
        using (var zlib = new ZLibStream(png, new ZLibCompressionOptions { CompressionLevel = ZlibLevel }, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                var row = rgba.Slice(y * rowBytes, width * 4);
                if (y > 0 && row.SequenceEqual(rgba.Slice((y - 1) * rowBytes, width * 4)))
                {
                    zlib.Write(upRow);
                    continue;
                }
                rgbRow[0] = FilterNone;
                DropAlpha(row, rgbRow.AsSpan(1, width * 3));
                zlib.Write(rgbRow);
            }
        }
        var dataLength = (int)png.Length - idatStart - 8;
        var buffer = png.GetBuffer();
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(idatStart), dataLength);
        "IDAT"u8.CopyTo(buffer.AsSpan(idatStart + 4));
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(buffer.AsSpan(idatStart + 4, 4 + dataLength)));
        png.Write(crc);

        WriteChunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    /// <summary>
    /// Copies the R, G, B of each pixel: four pixels at a time by one byte shuffle where the processor has
    /// one (a quarter of the encoding's time was this copy, byte by byte: 0.64 of 2.6 ms, JIT), the rest one by one. The
    /// instructions are named, not left to <c>Vector128.Shuffle</c>: the Native AOT build targets processors
    /// that may lack them, and there the portable shuffle became a byte-by-byte emulation slower than the
    /// plain loop (the cards of 5,000 pages took 3 to 4 s more CPU); named, they are checked for when the build runs.
    /// </summary>
    private static void DropAlpha(ReadOnlySpan<byte> rgba, Span<byte> rgb)
    {
        int from = 0, to = 0;
        if (Ssse3.IsSupported || AdvSimd.Arm64.IsSupported)
        {
            // R, G, B of four pixels, then four bytes that the next store overwrites.
            var indexes = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0, 0, 0, 0);
            for (; from + 16 <= rgba.Length && to + 16 <= rgb.Length; from += 16, to += 12)
            {
                var pixels = Vector128.Create(rgba.Slice(from, 16));
                (Ssse3.IsSupported ? Ssse3.Shuffle(pixels, indexes) : AdvSimd.Arm64.VectorTableLookup(pixels, indexes)).CopyTo(rgb.Slice(to, 16));
            }
        }
        for (; from < rgba.Length; from += 4, to += 3)
        {
            rgb[to] = rgba[from];
            rgb[to + 1] = rgba[from + 1];
            rgb[to + 2] = rgba[from + 2];
        }
    }

    /// <summary>One chunk: length, type, data, and the CRC-32 of type and data (all big-endian).</summary>
    private static void WriteChunk(MemoryStream png, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> field = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(field, data.Length);
        png.Write(field);
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        png.Write(type);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(field, crc.GetCurrentHashAsUInt32());
        png.Write(field);
    }
}
