using System.Security.Cryptography;
using System.Text;

namespace Site.Tracking;

/// <summary>A short, stable digest of several strings, for cache keys ("did anything this depends on change?").</summary>
public static class ContentHash
{
    public static string Of(params string?[] parts) => Of((IEnumerable<string?>)parts);

    public static string Of(IEnumerable<string?> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> separator = [0];
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part ?? "\u0001null"));
            hash.AppendData(separator);
        }
        return Convert.ToHexString(hash.GetHashAndReset(), 0, 16);
    }
}
