using System.Numerics;
using Redev.App.Building;
using Redev.Completion;
using Redev.Ledger;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Completion;

namespace Redev.App.Completion;

/// <summary>
/// Everything the completion rules read about one scheme, folded once from its completion records and the
/// ledger: the flats and what became of each, the window, every holder's position, the payouts. Nothing
/// here is stored twice: units and cash are the ledger's, the rest the records'.
/// </summary>
internal sealed record CompletionFacts(
    BuildingFacts Building,
    IReadOnlyList<CompletionRecord> Records,
    IReadOnlyList<NewFlat> Flats,
    ChoiceWindow? Window,
    IReadOnlyList<string> LotteryOrder,
    IReadOnlyList<HolderPosition> Holders,
    IReadOnlyDictionary<string, TakenRecord> Taken,
    IReadOnlyDictionary<string, KeptRecord> Kept,
    IReadOnlyDictionary<string, SoldRecord> Sold,
    IReadOnlyList<LeaseRecord> Leases,
    IReadOnlyDictionary<string, PayoutRecord> Proposed,
    IReadOnlyDictionary<string, PayoutRecord> Paid)
{
    public Scheme Scheme => Building.Scheme;

    public Cents Escrow => Building.Escrow;

    public long UnitsOutstanding => Building.UnitsOutstanding;

    public IEnumerable<NewFlat> Available => Flats.Where(f => !Taken.ContainsKey(f.Flat) && !Kept.ContainsKey(f.Flat) && !Sold.ContainsKey(f.Flat));

    /// <summary>The holder whose turn it is to pick a flat: the first in lottery order who still holds units and has neither taken nor passed.</summary>
    public HolderPosition? OnTurn => Window is { IsClosed: true } && Available.Any()
        ? LotteryOrder.Select(h => Holders.FirstOrDefault(p => p.Holder == h)).FirstOrDefault(p => p is { TakenFlat: null, Passed: false, Units: > 0 })
        : null;

    /// <summary>Holders paid from sale proceeds: those who chose cash (or fell to it), passed their pick, or found no flat left.</summary>
    public IEnumerable<HolderPosition> CashHolders => Holders.Where(p => p.Units > 0 && (p.Effective == PayoutChoice.Cash
        || (p.Effective == PayoutChoice.Flat && (p.Passed || !Available.Any()))));

    public IEnumerable<HolderPosition> IncomeHolders => Holders.Where(p => p.Units > 0 && p.Effective == PayoutChoice.Income);

    public CompletionEvidence Evidence => new(Window?.IsClosed == true,
        Holders.Count(p => p.Units > 0 && p.Effective != PayoutChoice.Income),
        IncomeHolders.Sum(p => p.Units), UnitsOutstanding, Escrow, Available.Count());

    public Redev.Building.StageEvidence StageEvidence => Building.Evidence with { Completion = Evidence };

    public static async Task<CompletionFacts> LoadAsync(RedevStore store, Scheme scheme, DateTimeOffset now, CancellationToken ct)
    {
        var building = await BuildingFacts.LoadAsync(store, scheme, now, ct);
        var records = await store.Completion.RecordsAsync(scheme.Id, ct);
        var flats = records.LastOrDefault(r => r.Kind == CompletionKinds.Flats) is { } f
            ? CompletionJson.Read<FlatsRecord>(f.Body).Flats
                .Select(x => new NewFlat(x.Flat, x.Floor, x.SaleableAreaSqFt, x.AppraisalsCents.Select(c => new Cents(c)).ToArray(), new Cents(x.ValueCents))).ToArray()
            : [];
        ChoiceWindow? window = null;
        string[] order = [];
        if (records.FirstOrDefault(r => r.Kind == CompletionKinds.Window) is { } w)
        {
            var opened = CompletionJson.Read<WindowRecord>(w.Body);
            var closed = records.FirstOrDefault(r => r.Kind == CompletionKinds.WindowClosed);
            var closedBody = closed is null ? null : CompletionJson.Read<WindowClosedRecord>(closed.Body);
            order = closedBody?.Order ?? [];
            window = new ChoiceWindow(w.RecordedAt, DateOnly.ParseExact(opened.Deadline, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Enum.Parse<PayoutChoice>(opened.Fallback, ignoreCase: true),
                new Rational(BigInteger.Parse(opened.NavNumerator, System.Globalization.CultureInfo.InvariantCulture),
                    BigInteger.Parse(opened.NavDenominator, System.Globalization.CultureInfo.InvariantCulture)),
                opened.UnitsOutstanding, opened.Commitment, closedBody?.Seed, closed?.RecordedAt);
        }
        var choices = new Dictionary<string, PayoutChoice>(StringComparer.Ordinal);
        foreach (var r in records.Where(r => r.Kind == CompletionKinds.Choice && (window?.ClosedAt is not { } c || r.RecordedAt <= c)))
        {
            var choice = CompletionJson.Read<ChoiceRecord>(r.Body);
            choices[choice.Holder] = Enum.Parse<PayoutChoice>(choice.Choice, ignoreCase: true);
        }
        var taken = Read<TakenRecord>(records, CompletionKinds.Taken).ToDictionary(t => t.Flat, StringComparer.Ordinal);
        var passed = records.Where(r => r.Kind == CompletionKinds.Passed).Select(r => r.Subject).ToHashSet(StringComparer.Ordinal);
        var balances = await store.Ledger.BalancesAsync(scheme.Id, ct);
        // Every holder with a units account ever opened is listed, settled or not, so closing can give each a final statement.
        var positions = balances
            .Where(b => b.Account.Asset == Asset.Units && b.Account.Holder is not (SystemAccounts.Issuance or SystemAccounts.Redemption))
            .GroupBy(b => b.Account.Holder, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new HolderPosition(g.Key, g.Where(b => b.Balance.Balance > 0).Select(b => (b.Account, b.Balance.Balance)).ToArray(),
                choices.TryGetValue(g.Key, out var c) ? c : null,
                choices.TryGetValue(g.Key, out var e) ? e : window?.Fallback ?? PayoutChoice.Cash,
                taken.Values.FirstOrDefault(t => t.Holder == g.Key)?.Flat, passed.Contains(g.Key)))
            .ToArray();
        return new CompletionFacts(building, records, flats, window, order, positions, taken,
            Read<KeptRecord>(records, CompletionKinds.Kept).ToDictionary(k => k.Flat, StringComparer.Ordinal),
            Read<SoldRecord>(records, CompletionKinds.Sold).ToDictionary(s => s.Flat, StringComparer.Ordinal),
            Read<LeaseRecord>(records, CompletionKinds.Lease).ToArray(),
            records.Where(r => r.Kind == CompletionKinds.PayoutProposed).ToDictionary(r => r.Subject, r => CompletionJson.Read<PayoutRecord>(r.Body), StringComparer.Ordinal),
            records.Where(r => r.Kind == CompletionKinds.Payout).ToDictionary(r => r.Subject, r => CompletionJson.Read<PayoutRecord>(r.Body), StringComparer.Ordinal));
    }

    private static IEnumerable<T> Read<T>(IReadOnlyList<CompletionRecord> records, string kind) =>
        records.Where(r => r.Kind == kind).Select(r => CompletionJson.Read<T>(r.Body));
}
