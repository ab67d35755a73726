using System.Buffers;
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
/// bytes in RFC 4122 (big-endian) order, times as UTC ticks, absent values as a single 0 byte; specified
/// field by field in docs/ledger.md ("An entry's hash"), with test vectors in docs/test-vectors. The
/// receipt verifier re-implements nothing: it calls this same code.
/// </remarks>
public static class EntryCodec
{
    public static readonly byte[] Genesis = new byte[32];
    private static readonly byte[] Tag = "redev-entry-v1"u8.ToArray();

    /// <summary>The bytes an entry's hash covers after its previous hash (docs/ledger.md, entry hash), for verifiers and test vectors.</summary>
    public static byte[] CanonicalBytes(LedgerEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var w = new ArrayBufferWriter<byte>(256);
        Write(w, e);
        return w.WrittenSpan.ToArray();
    }

    /// <summary>SHA-256(previous hash ‖ canonical bytes).</summary>
    public static byte[] Hash(LedgerEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        // Every transfer is hashed twice on the writer's path (its digest and its entry): one
        // buffer per thread, reused, keeps that free of allocations but the 32-byte result.
        var w = t_buffer ??= new ArrayBufferWriter<byte>(512);
        w.ResetWrittenCount();
        w.Write(e.PrevHash);
        Write(w, e);
        return SHA256.HashData(w.WrittenSpan);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private static void Write(ArrayBufferWriter<byte> w, LedgerEntry e)
    {
        w.Write(Tag);
        Str(w, e.Scheme.Value);
        Int(w, e.Seq);
        Id(w, e.Id);
        Str(w, e.Kind.ToString());
        Str(w, e.Code.ToString());
        Str(w, e.Asset.Name());
        Str(w, e.Debit.Holder);
        Str(w, e.Debit.PledgedTo);
        Str(w, e.Credit.Holder);
        Str(w, e.Credit.PledgedTo);
        Int(w, e.Amount);
        Optional(w, e.PendingId);
        if (e.Expires is { } x) { Byte(w, 1); Int(w, x.UtcTicks); } else { Byte(w, 0); }
        Int(w, e.Timestamp.UtcTicks);
        Str(w, e.AuthorizedBy);
        Str(w, e.Metadata);
    }

    private static void Optional(ArrayBufferWriter<byte> w, Guid? id)
    {
        if (id is { } v) { Byte(w, 1); Id(w, v); } else { Byte(w, 0); }
    }

    private static void Byte(ArrayBufferWriter<byte> w, byte b)
    {
        w.GetSpan(1)[0] = b;
        w.Advance(1);
    }

    private static void Str(ArrayBufferWriter<byte> w, string value)
    {
        var span = w.GetSpan(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var n = Encoding.UTF8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, n);
        w.Advance(4 + n);
    }

    private static void Int(ArrayBufferWriter<byte> w, long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(w.GetSpan(8), value);
        w.Advance(8);
    }

    private static void Id(ArrayBufferWriter<byte> w, Guid id)
    {
        id.TryWriteBytes(w.GetSpan(16), bigEndian: true, out _);
        w.Advance(16);
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
}
