using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Redev.Ledger;

/// <summary>
/// The canonical bytes of an entry and its chained hash. Any change to any field, or to the order of
/// entries, changes every hash from that point on, which is what makes the journal tamper-evident.
/// </summary>
/// <remarks>
/// Layout (version 1): the ASCII tag <c>redev-entry-v1</c>, then each field in a fixed order, strings
/// as a 4-byte big-endian length and UTF-8 bytes, integers as 8-byte big-endian, ids as their 16
/// bytes in RFC 4122 (big-endian) order, times as UTC ticks, absent values as a single 0 byte. The
/// receipt verifier re-implements nothing: it calls this same code.
/// </remarks>
public static class EntryCodec
{
    public static readonly byte[] Genesis = new byte[32];
    private static readonly byte[] Tag = "redev-entry-v1"u8.ToArray();

    public static byte[] CanonicalBytes(LedgerEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        using var ms = new MemoryStream(256);
        ms.Write(Tag);
        Str(ms, e.Scheme.Value);
        Int(ms, e.Seq);
        Id(ms, e.Id);
        Str(ms, e.Kind.ToString());
        Str(ms, e.Code.ToString());
        Str(ms, e.Asset.Name());
        Str(ms, e.Debit.Holder);
        Str(ms, e.Debit.PledgedTo);
        Str(ms, e.Credit.Holder);
        Str(ms, e.Credit.PledgedTo);
        Int(ms, e.Amount);
        if (e.PendingId is { } p) { ms.WriteByte(1); Id(ms, p); } else { ms.WriteByte(0); }
        if (e.Expires is { } x) { ms.WriteByte(1); Int(ms, x.UtcTicks); } else { ms.WriteByte(0); }
        Int(ms, e.Timestamp.UtcTicks);
        Str(ms, e.AuthorizedBy);
        Str(ms, e.Metadata);
        return ms.ToArray();
    }

    /// <summary>SHA-256(previous hash ‖ canonical bytes).</summary>
    public static byte[] Hash(LedgerEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var body = CanonicalBytes(e);
        var buffer = new byte[e.PrevHash.Length + body.Length];
        e.PrevHash.CopyTo(buffer, 0);
        body.CopyTo(buffer, e.PrevHash.Length);
        return SHA256.HashData(buffer);
    }

    internal static void Str(Stream s, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> len = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(len, bytes.Length);
        s.Write(len);
        s.Write(bytes);
    }

    internal static void Int(Stream s, long value)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(b, value);
        s.Write(b);
    }

    internal static void Id(Stream s, Guid id)
    {
        Span<byte> b = stackalloc byte[16];
        id.TryWriteBytes(b, bigEndian: true, out _);
        s.Write(b);
    }
}
