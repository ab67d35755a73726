using Redev.Schemes;

namespace Redev.Ledger;

/// <summary>
/// One entry of a scheme's journal, as written: the request, its place in the chain, the time the
/// ledger gave it, and the hash that links it to everything before it.
/// </summary>
/// <param name="Seq">1-based position in the scheme's chain; also its leaf index + 1 in the Merkle tree.</param>
/// <param name="PrevHash">The previous entry's hash (32 zero bytes for the first).</param>
/// <param name="Hash">SHA-256 of <paramref name="PrevHash"/> followed by the entry's canonical bytes.</param>
public sealed record LedgerEntry(
    SchemeId Scheme,
    long Seq,
    Guid Id,
    EntryKind Kind,
    TransferCode Code,
    AccountRef Debit,
    AccountRef Credit,
    long Amount,
    Guid? PendingId,
    DateTimeOffset? Expires,
    DateTimeOffset Timestamp,
    string AuthorizedBy,
    string Metadata,
    byte[] PrevHash,
    byte[] Hash)
{
    public Asset Asset => Debit.Asset;

    /// <summary>Builds the entry for a request at a position of the chain, computing its hash.</summary>
    public static LedgerEntry Create(TransferRequest r, long seq, DateTimeOffset timestamp, byte[] prevHash)
    {
        ArgumentNullException.ThrowIfNull(r);
        var unhashed = new LedgerEntry(r.Scheme, seq, r.Id, r.Kind, r.Code, r.Debit, r.Credit, r.Amount, r.PendingId,
            r.Expires?.ToUniversalTime(), timestamp.ToUniversalTime(), r.AuthorizedBy, r.Metadata, prevHash, []);
        return unhashed with { Hash = EntryCodec.Hash(unhashed) };
    }
}
