using Redev.Building;
using Redev.Ledger;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Statements;

namespace Redev.Tests.Statements;

/// <summary>
/// A hand-built journal with every kind of entry a statement must show, written the way the completion stage
/// will write them (escrow → cash-out distributions and cash-in → escrow top-ups naming the holder in their
/// metadata, redemptions to <c>@redemption</c>), so the statement is right before that code lands. Times sit on
/// the Hong Kong midnight that bounds November 2026: 16:00 UTC the day before.
/// </summary>
public static class StatementJournal
{
    public static readonly SchemeId Scheme = SchemeId.Parse("stmt-scheme");
    public const string Chan = "CHAN Tai Man";
    public const string Wong = "WONG Yuk Lan";
    public const string Bank = "Hang Seng Bank";

    /// <summary>November 2026 in Hong Kong: 1 Nov 00:00 HKT up to 1 Dec 00:00 HKT.</summary>
    public static readonly StatementPeriod November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1));

    /// <summary>The last second of 31 October in Hong Kong.</summary>
    public static readonly DateTimeOffset LastSecondOfOctober = new(2026, 10, 31, 15, 59, 59, TimeSpan.Zero);

    /// <summary>Midnight starting 1 November in Hong Kong.</summary>
    public static readonly DateTimeOffset FirstOfNovember = new(2026, 10, 31, 16, 0, 0, TimeSpan.Zero);

    /// <summary>Midnight starting 1 December in Hong Kong: the first instant after November.</summary>
    public static readonly DateTimeOffset FirstOfDecember = new(2026, 11, 30, 16, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<LedgerEntry> Entries()
    {
        var pending = Id(3);
        var chanUnits = new AccountRef(Chan, Asset.Units);
        var rows = new (DateTimeOffset At, TransferRequest Request)[]
        {
            (LastSecondOfOctober, new(Id(1), Scheme, AccountRef.Issuance, chanUnits, 1000, TransferCode.Issue, AuthorizedBy: "@vesting")),
            (FirstOfNovember, new(Id(2), Scheme, chanUnits, new(Chan, Asset.Units, Bank), 400, TransferCode.Pledge, AuthorizedBy: "@vesting", Metadata: "{\"flat\":\"3A\"}")),
            (At(5), new(pending, Scheme, chanUnits, new(Wong, Asset.Units), 100, TransferCode.Transfer, EntryKind.Pending, Expires: At(19), AuthorizedBy: "chan")),
            (At(6), new(Id(4), Scheme, chanUnits, new(Wong, Asset.Units), 100, TransferCode.Transfer, EntryKind.PostPending, pending, AuthorizedBy: "notary")),
            (At(10), new(Id(5), Scheme, AccountRef.Escrow, AccountRef.CashOut, 12_345, TransferCode.Distribution, AuthorizedBy: "notary",
                Metadata: "{\"holder\":\"CHAN Tai Man\",\"payee\":\"Hang Seng Bank\",\"step\":\"sale\"}")),
            (At(10).AddMinutes(1), new(Id(6), Scheme, AccountRef.Escrow, AccountRef.CashOut, 99_999, TransferCode.Distribution, AuthorizedBy: "notary",
                Metadata: "{\"holder\":\"WONG Yuk Lan\",\"payee\":\"WONG Yuk Lan\",\"step\":\"sale\"}")),
            (At(12), new(Id(7), Scheme, AccountRef.CashIn, AccountRef.Escrow, 5_000, TransferCode.Deposit, AuthorizedBy: "notary",
                Metadata: "{\"holder\":\"CHAN Tai Man\",\"step\":\"top-up\"}")),
            (At(20), new(Id(8), Scheme, chanUnits, AccountRef.Redemption, 300, TransferCode.Redeem, AuthorizedBy: "notary",
                Metadata: "{\"flat\":\"3A\",\"step\":\"flat\"}")),
            (FirstOfDecember, new(Id(9), Scheme, AccountRef.Issuance, chanUnits, 7, TransferCode.Issue, AuthorizedBy: "@vesting")),
        };
        var entries = new List<LedgerEntry>();
        var prev = EntryCodec.Genesis;
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            var e = LedgerEntry.Create(row.Request, i + 1, row.At, prev);
            entries.Add(e);
            prev = e.Hash;
        }
        return entries;
    }

    /// <summary>Chan's entries as the journal reader gives them (either leg is Chan's).</summary>
    public static IReadOnlyList<LedgerEntry> ChanEntries() =>
        [.. Entries().Where(e => e.Debit.Holder == Chan || e.Credit.Holder == Chan)];

    /// <summary>The scheme's cash through <c>@cash-out</c> and <c>@cash-in</c>, for anyone.</summary>
    public static IReadOnlyList<LedgerEntry> CashEntries() =>
        [.. Entries().Where(e => e.Credit.Holder == SystemAccounts.CashOut || e.Debit.Holder == SystemAccounts.CashIn)];

    /// <summary>A valuation adopted at <paramref name="adoptedAt"/> whose NAV per unit is <paramref name="netCents"/> ÷ <paramref name="units"/> cents.</summary>
    public static AdoptedValuation Valuation(DateOnly on, DateTimeOffset adoptedAt, long netCents, long units) =>
        new(on, new NetAssetValue(new Cents(netCents), Cents.Zero, Cents.Zero, units), adoptedAt, "certifier");

    /// <summary>Noon in Hong Kong on a November day.</summary>
    private static DateTimeOffset At(int day) => new(2026, 11, day, 4, 0, 0, TimeSpan.Zero);

    private static Guid Id(int n) => Guid.Parse($"00000000-0000-4000-8000-{n:D12}");
}
