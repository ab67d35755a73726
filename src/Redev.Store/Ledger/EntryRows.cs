using System.Data.Common;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

/// <summary>How ledger entries map to rows: ids as 32 hex digits, hashes as hex, times as UTC ticks.</summary>
internal static class EntryRows
{
    public const string Columns =
        "scheme_id, seq, id, kind, code, asset, debit_holder, debit_pledged_to, credit_holder, credit_pledged_to, amount, " +
        "pending_id, expires_ticks, timestamp_ticks, authorized_by, metadata, prev_hash, hash";

    public static readonly string[] Names = Columns.Split(", ");

    public static object?[] Values(LedgerEntry e) =>
    [
        e.Scheme.Value, e.Seq, e.Id.ToString("N"), e.Kind.ToString(), e.Code.ToString(), e.Asset.Name(),
        e.Debit.Holder, e.Debit.PledgedTo, e.Credit.Holder, e.Credit.PledgedTo, e.Amount,
        e.PendingId?.ToString("N"), e.Expires?.UtcTicks, e.Timestamp.UtcTicks, e.AuthorizedBy, e.Metadata,
        Convert.ToHexStringLower(e.PrevHash), Convert.ToHexStringLower(e.Hash),
    ];

    /// <summary>Reads the row the reader is on (columns in <see cref="Columns"/> order).</summary>
    public static LedgerEntry Read(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var asset = AssetNames.Parse(r.GetString(5));
        return new LedgerEntry(
            SchemeId.Parse(r.GetString(0)), r.GetInt64(1), Guid.ParseExact(r.GetString(2), "N"),
            Enum.Parse<EntryKind>(r.GetString(3)), Enum.Parse<TransferCode>(r.GetString(4)),
            new AccountRef(r.GetString(6), asset, r.GetString(7)), new AccountRef(r.GetString(8), asset, r.GetString(9)),
            r.GetInt64(10), r.IsDBNull(11) ? null : Guid.ParseExact(r.GetString(11), "N"),
            r.IsDBNull(12) ? null : new DateTimeOffset(r.GetInt64(12), TimeSpan.Zero), new DateTimeOffset(r.GetInt64(13), TimeSpan.Zero),
            r.GetString(14), r.GetString(15), StoredHex.Decode(r.GetString(16)), StoredHex.Decode(r.GetString(17)));
    }
}
