using System.Security.Cryptography;
using Redev.Schemes;

namespace Redev.Ledger;

/// <summary>
/// One act recorded in a scheme's audit trail, beside its journal: who did what to whom, when. The
/// trail is hash-chained like the journal and each record is signed by the notary's key, so a row
/// inserted, changed or removed in the database without that key shows up in <c>redev ledger verify</c>
/// (the newest rows removed, against the last <see cref="Checkpoint"/>, which signs the trail's length).
/// </summary>
/// <remarks>
/// Acts recorded here move no units (an owner account linked to a register owner, say), so they do
/// not belong among the entries whose amounts the balances replay; they still need the same proof
/// that nobody rewrote them afterwards.
/// </remarks>
/// <param name="Seq">1-based position in the scheme's trail.</param>
/// <param name="Action">A stable code, such as <c>owner-linked</c>.</param>
/// <param name="Actor">The user who did it (the notary for a link).</param>
/// <param name="Subject">What it was done to, as the action defines (for a link: the register owner).</param>
/// <param name="Detail">Free text (JSON by convention), hashed and signed with the record.</param>
/// <param name="Signature">ECDSA P-256 over <see cref="Hash"/> (IEEE P1363 format).</param>
public sealed record AuditRecord(
    SchemeId Scheme,
    long Seq,
    string Action,
    string Actor,
    string Subject,
    string Detail,
    DateTimeOffset At,
    byte[] PrevHash,
    byte[] Hash,
    byte[] Signature)
{
    /// <summary>The action code of a notary's owner-account link.</summary>
    public const string OwnerLinked = "owner-linked";

    /// <summary>The action code of a notary's undoing of an owner-account link.</summary>
    public const string OwnerUnlinked = "owner-unlinked";

    private static readonly byte[] Tag = "redev-audit-v1"u8.ToArray();

    /// <summary>Builds, hashes and signs the record at a position of the trail.</summary>
    public static AuditRecord Create(SchemeId scheme, long seq, string action, string actor, string subject, string detail,
        DateTimeOffset at, byte[] prevHash, ECDsa notary)
    {
        ArgumentNullException.ThrowIfNull(notary);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentOutOfRangeException.ThrowIfLessThan(seq, 1);
        var unsigned = new AuditRecord(scheme, seq, action, actor, subject, detail, at.ToUniversalTime(), prevHash, [], []);
        var hash = unsigned.ComputeHash();
        return unsigned with { Hash = hash, Signature = notary.SignHash(hash) };
    }

    /// <summary>SHA-256(previous hash ‖ canonical bytes), as <see cref="EntryCodec"/> does for entries.</summary>
    public byte[] ComputeHash()
    {
        using var ms = new MemoryStream(256);
        ms.Write(PrevHash);
        ms.Write(Tag);
        EntryCodec.Str(ms, Scheme.Value);
        EntryCodec.Int(ms, Seq);
        EntryCodec.Str(ms, Action);
        EntryCodec.Str(ms, Actor);
        EntryCodec.Str(ms, Subject);
        EntryCodec.Str(ms, Detail);
        EntryCodec.Int(ms, At.UtcTicks);
        return SHA256.HashData(ms.ToArray());
    }

    /// <summary>Whether the stored hash is the hash of the stored content.</summary>
    public bool HashHolds() => ComputeHash().AsSpan().SequenceEqual(Hash);

    public bool SignatureHolds(ECDsa publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        return publicKey.VerifyHash(Hash, Signature);
    }
}
