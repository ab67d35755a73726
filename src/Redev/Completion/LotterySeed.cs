using System.Security.Cryptography;

namespace Redev.Completion;

/// <summary>
/// The secret that fixes a lottery's order. Its SHA-256 (the commitment) is published before the choice
/// window opens and the seed itself after it closes, so nobody (the convener included) can pick a seed
/// once the holders are known, and anyone can check the seed against the commitment (docs/lottery.md).
/// </summary>
public sealed record LotterySeed
{
    /// <summary>Seed length in bytes: 256 bits, as many as the hash that commits to it.</summary>
    public const int Length = 32;

    private readonly byte[] _bytes;

    private LotterySeed(byte[] bytes) => _bytes = bytes;

    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>The seed as 64 lower-case hex digits, as published.</summary>
    public string Hex => Convert.ToHexStringLower(_bytes);

    /// <summary>SHA-256 of the seed's 32 bytes, as 64 lower-case hex digits: the commitment published first.</summary>
    public string Commitment => Convert.ToHexStringLower(SHA256.HashData(_bytes));

    /// <summary>A fresh seed from the system's cryptographic random source.</summary>
    public static LotterySeed Create() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>Reads a published seed: exactly 64 hex digits (either case).</summary>
    public static LotterySeed? Parse(string? hex, out Refusal? refusal)
    {
        var t = hex?.Trim() ?? "";
        if (t.Length != Length * 2 || !t.All(Uri.IsHexDigit))
        {
            refusal = Refusal.With("bad-seed", $"seed: give the lottery seed as {Length * 2} hex digits (got {t.Length} characters).", ("field", "seed"));
            return null;
        }
        refusal = null;
        return new LotterySeed(Convert.FromHexString(t));
    }

    /// <summary>Whether <paramref name="commitment"/> (hex, either case) is this seed's.</summary>
    public bool Matches(string commitment) => string.Equals(Commitment, commitment?.Trim(), StringComparison.OrdinalIgnoreCase);
}
