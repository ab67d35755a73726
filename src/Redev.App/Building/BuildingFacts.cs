using Redev.Allocation;
using Redev.Building;
using Redev.Holders;
using Redev.Ledger;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Building;

/// <summary>
/// Everything the building stage's rules read about one scheme, gathered once: the schedule and
/// certifications, the ledger's escrow and units, and the developer's units under the terms. Every
/// figure here is derived, never stored twice: deposits are what escrow holds plus what was drawn.
/// </summary>
internal sealed record BuildingFacts(
    Scheme Scheme,
    MilestoneSchedule? Schedule,
    IReadOnlyList<Certification> Certifications,
    IReadOnlyList<AdoptedValuation> Valuations,
    IReadOnlyList<ScheduleEvent> Events,
    Cents Committed,
    Cents Escrow,
    Cents CompletionNet,
    Cents ClaimPaid,
    long DeveloperUnitsTotal,
    long DeveloperUnitsHeld,
    long UnitsOutstanding,
    DateOnly Today)
{
    public AllocationPolicy Policy => Scheme.Terms?.Policy ?? AllocationPolicy.Equity;

    public Cents Drawn => new(Certifications.Sum(c => c.Draw.Value));

    /// <summary>The developer's deposits: escrow plus what was drawn, less the cash completion moved in and out (sales, top-ups, payouts).</summary>
    public Cents Deposited => Escrow + Drawn - CompletionNet;

    public long DeveloperUnitsIssued => Certifications.Sum(c => c.DeveloperUnits);

    public IReadOnlyDictionary<int, DateOnly> CertifiedOn => Certifications.ToDictionary(c => c.Number, c => c.CertifiedOn);

    /// <summary>The milestone whose grace ran out uncertified (the developer's default), or null.</summary>
    public int? DefaultedMilestone => Schedule is null ? null : ScheduleReview.DefaultedMilestone(Schedule, CertifiedOn, Today);

    /// <summary>What the fund owes its developer in HKD, less what completion's payouts have paid of it.</summary>
    public Cents Liabilities => new(Math.Max(0, DeveloperClaim.Of(Policy, Deposited, Drawn, DefaultedMilestone is not null).Value - ClaimPaid.Value));

    /// <summary>The last adopted valuation, on which the current NAV rests.</summary>
    public AdoptedValuation? LastValuation => Valuations.Count == 0 ? null : Valuations[^1];

    /// <summary>NAV from the last adopted value with today's escrow, liabilities and units; null before any valuation or unit.</summary>
    public NetAssetValue? CurrentNav => LastValuation is { } v && UnitsOutstanding > 0
        ? new NetAssetValue(v.Nav.AdoptedValue, Escrow, Liabilities, UnitsOutstanding)
        : null;

    public StageEvidence Evidence
    {
        get
        {
            var lastCertified = Certifications.Count == 0 ? (DateOnly?)null : Certifications.Max(c => c.CertifiedOn);
            return new StageEvidence(Committed, Deposited, Certifications.Count, Schedule?.Milestones.Count ?? 0,
                lastCertified is { } d && Valuations.Any(v => v.ValuedOn >= d));
        }
    }

    public static async Task<BuildingFacts> LoadAsync(RedevStore store, Scheme scheme, DateTimeOffset now, CancellationToken ct)
    {
        var certifications = await store.Building.CertificationsAsync(scheme.Id, ct);
        var valuations = await store.Building.ValuationsAsync(scheme.Id, ct);
        var events = await store.Building.EventsAsync(scheme.Id, ct);
        var balances = await store.Ledger.BalancesAsync(scheme.Id, ct);
        var escrow = balances.Where(b => b.Account == AccountRef.Escrow).Sum(b => b.Balance.Balance);
        // Issuance goes negative by every unit issued and redemption holds every unit taken back.
        var outstanding = -balances.Where(b => b.Account == AccountRef.Issuance || b.Account == AccountRef.Redemption).Sum(b => b.Balance.Balance);
        // Completion's movements carry a "step" in their metadata (docs/completion.md); building's never do.
        var completionMoves = scheme.State >= SchemeState.Completed
            ? (await store.Journal.EntriesAsync(scheme.Id, SystemAccounts.Escrow, ct))
                .Where(e => e.Kind is EntryKind.Posted or EntryKind.PostPending && e.Metadata.Contains("\"step\"", StringComparison.Ordinal)).ToArray()
            : [];
        var completionNet = completionMoves.Sum(e => e.Credit == AccountRef.Escrow ? e.Amount : -e.Amount);
        // The waterfall pays the developer's cost claim by name (docs/completion.md); once paid it is no longer owed.
        var claimPaid = completionMoves.Where(e => e.Debit == AccountRef.Escrow && Redev.Statements.EntryNotes.Read(e.Metadata).Name == Completion.PayoutPlanner.DeveloperClaim).Sum(e => e.Amount);
        var developerHeld = balances.Where(b => b.Account.Asset == Asset.Units && b.Account.Holder == LedgerHolders.Developer).Sum(b => b.Balance.Balance);
        return new BuildingFacts(scheme, scheme.Schedule, certifications, valuations, events,
            scheme.Terms?.DeveloperValue ?? Cents.Zero, new Cents(escrow), new Cents(completionNet), new Cents(claimPaid), UnitsUnderTerms(scheme), developerHeld, outstanding,
            Scheme.HongKongDate(now));
    }

    /// <summary>
    /// The developer's units under the terms: the allocation's developer line under equity; none under
    /// cost-in-kind, where the developer's claim is fixed in HKD (docs/building.md).
    /// </summary>
    private static long UnitsUnderTerms(Scheme scheme)
    {
        if (scheme.Terms is not { Policy: AllocationPolicy.Equity } terms || scheme.Register is null)
        {
            return 0;
        }
        var participants = scheme.Consents.Select(c => c.Owner).ToHashSet(StringComparer.Ordinal);
        var allocation = Allocator.Allocate(scheme.Register, terms, out _, participants);
        return allocation?.Lines.Where(l => l.Role == HolderRole.Developer).Sum(l => l.Units.Value) ?? 0;
    }
}
