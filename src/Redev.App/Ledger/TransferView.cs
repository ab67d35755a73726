using System.Text.Json;
using Redev.Ledger;

namespace Redev.App.Ledger;

/// <summary>
/// An off-market transfer as both sides and the notary see it, read back from the journal: the
/// pending entry (who proposed it, why, until when) and, once decided, the entry that posted or
/// voided it. Nothing about a transfer is kept outside the ledger.
/// </summary>
public sealed record TransferView(
    Guid Id, string Scheme, string From, string To, long Units, string Status,
    string ProposedBy, string Note, DateTimeOffset ProposedAt, DateTimeOffset Expires,
    string? DecidedBy, DateTimeOffset? DecidedAt, string? Reason)
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Expired = "expired";

    /// <summary>Who voids an expired pending transfer: the ledger itself.</summary>
    public const string LedgerAuthority = "@ledger";

    /// <summary>Every proposed transfer among <paramref name="entries"/> (one scheme's, in chain order), newest first.</summary>
    public static IReadOnlyList<TransferView> Read(IReadOnlyList<LedgerEntry> entries, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var resolutions = entries.Where(e => e.Kind is EntryKind.PostPending or EntryKind.VoidPending && e.PendingId is not null)
            .GroupBy(e => e.PendingId!.Value).ToDictionary(g => g.Key, g => g.First());
        return entries.Where(IsProposal)
            .Select(p => Build(p, resolutions.GetValueOrDefault(p.Id), now))
            .OrderByDescending(v => v.ProposedAt).ToArray();
    }

    /// <summary>Proposals are the pending owner-to-holder transfers of free units (not pledges or issues).</summary>
    public static bool IsProposal(LedgerEntry e) =>
        e is { Kind: EntryKind.Pending, Code: TransferCode.Transfer, Asset: Asset.Units };

    private static TransferView Build(LedgerEntry p, LedgerEntry? end, DateTimeOffset now)
    {
        var (by, note) = ReadProposal(p.Metadata, p.AuthorizedBy);
        var expires = p.Expires ?? p.Timestamp;
        var status = end switch
        {
            { Kind: EntryKind.PostPending } => Approved,
            { AuthorizedBy: LedgerAuthority } => Expired,
            not null => Rejected,
            null when expires <= now => Expired,
            null => Pending,
        };
        return new TransferView(p.Id, p.Scheme.Value, p.Debit.Holder, p.Credit.Holder, p.Amount, status, by, note, p.Timestamp, expires,
            end?.AuthorizedBy, end?.Timestamp, end is { Kind: EntryKind.VoidPending } ? ReadReason(end.Metadata) : null);
    }

    public static string ProposalMetadata(string proposedBy, string note) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["proposedBy"] = proposedBy, ["note"] = note });

    public static string RejectionMetadata(string reason) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["reason"] = reason });

    private static (string By, string Note) ReadProposal(string metadata, string authorizedBy)
    {
        var d = ReadJson(metadata);
        return (d.GetValueOrDefault("proposedBy") ?? authorizedBy, d.GetValueOrDefault("note") ?? "");
    }

    private static string? ReadReason(string metadata) => ReadJson(metadata).GetValueOrDefault("reason");

    // Entries written by other tools may carry plain text; they are shown without a note rather than failing the page.
    private static Dictionary<string, string> ReadJson(string metadata)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(metadata) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
