using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Tests.Ledger;

/// <summary>
/// A small journal with every kind of entry a receipt must account for: issues, a pledge, cash, a
/// pending transfer and its void, and a posted transfer. Fixed ids and times, so its hashes are the
/// same on every run (the test vectors in docs/test-vectors are built from it).
/// </summary>
public static class SampleJournal
{
    public static readonly SchemeId Scheme = SchemeId.Parse("vector-scheme");
    public const string Chan = "CHAN Tai Man";
    public const string Wong = "WONG Yuk Lan";
    public const string Bank = "The Hongkong and Shanghai Banking Corporation Limited";
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<LedgerEntry> Entries()
    {
        var pending = Id(5);
        var requests = new[]
        {
            new TransferRequest(Id(1), Scheme, AccountRef.Issuance, new(Chan, Asset.Units), 1000, TransferCode.Issue, AuthorizedBy: "@vesting"),
            new TransferRequest(Id(2), Scheme, AccountRef.Issuance, new(Wong, Asset.Units), 1000, TransferCode.Issue, AuthorizedBy: "@vesting"),
            new TransferRequest(Id(3), Scheme, new(Wong, Asset.Units), new(Wong, Asset.Units, Bank), 400, TransferCode.Pledge, AuthorizedBy: "@vesting",
                Metadata: "{\"flat\":\"3A\"}"),
            new TransferRequest(Id(4), Scheme, AccountRef.CashIn, new(Wong, Asset.HkdCents), 50_000, TransferCode.Distribution, AuthorizedBy: "treasurer"),
            new TransferRequest(pending, Scheme, new(Chan, Asset.Units), new(Wong, Asset.Units), 100, TransferCode.Transfer, EntryKind.Pending,
                Expires: Start.AddDays(14), AuthorizedBy: "chan"),
            new TransferRequest(Id(6), Scheme, new(Chan, Asset.Units), new(Wong, Asset.Units), 100, TransferCode.Transfer, EntryKind.VoidPending, pending,
                AuthorizedBy: "notary", Metadata: "{\"reason\":\"not signed\"}"),
            new TransferRequest(Id(7), Scheme, new(Wong, Asset.Units), new(Chan, Asset.Units), 50, TransferCode.Trade, AuthorizedBy: "wong"),
            new TransferRequest(Id(8), Scheme, new(Chan, Asset.Units), AccountRef.Redemption, 10, TransferCode.Redeem, AuthorizedBy: "chan"),
        };
        var entries = new List<LedgerEntry>();
        var prev = EntryCodec.Genesis;
        foreach (var (r, i) in requests.Select((r, i) => (r, i)))
        {
            var e = LedgerEntry.Create(r, i + 1, Start.AddMinutes(i + 1), prev);
            entries.Add(e);
            prev = e.Hash;
        }
        return entries;
    }

    private static Guid Id(int n) => Guid.Parse($"00000000-0000-4000-8000-{n:D12}");
}
