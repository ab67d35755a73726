using Redev.Allocation;
using Redev.Primitives;
using Redev.Registers;
using Redev.Schemes;

namespace Redev.Risk;

/// <summary>
/// A risk model of a stored scheme: its register, policy and terms, its place in the lifecycle for
/// the timeline, and <see cref="RiskDefaults"/> for everything a scheme does not record. Before vesting
/// every owner is counted as consenting, as the allocation preview counts them: that is what joining
/// means. Once vested, the owners who never consented are hold-outs whose shares the fund bought at
/// the compulsory sale, and that cost is charged to the scheme (docs/risk.md, "Stored schemes").
/// </summary>
/// <param name="Flats">Flats in the register, common parts left out.</param>
/// <param name="EstimatedFlats">Flats whose appraisal was estimated (see <see cref="RiskDefaults.ValuePerSqft"/>); 0 when the register has them all.</param>
/// <param name="PerSqftFlats">Of those, how many were valued by area at the per-square-foot figure rather than by share of the site value.</param>
/// <param name="SiteValueBasis">The value shared out by undivided shares for estimates: V (equity) or post value less burden (cost-in-kind).</param>
public sealed record SchemeRiskModel(RiskModel Model, int Flats, int EstimatedFlats, int PerSqftFlats, Cents SiteValueBasis)
{
    /// <summary>Owners with a stake in a flat whose value was estimated: their cash alternatives are estimates.</summary>
    public IReadOnlySet<string> EstimatedOwners { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>What the scheme's name is in problems and reports.</summary>
    public static string Source(Scheme scheme) => $"scheme {scheme?.Id}";

    /// <summary>Builds the model, or refuses when the scheme cannot be simulated (no register, no terms, nothing left to risk).</summary>
    public static SchemeRiskModel? Build(Scheme scheme, RiskDefaults defaults, DateTimeOffset now, MarketRegime? startingRegime, out Refusal? refusal)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(defaults);
        refusal = null;
        if (scheme.Register is not { } register)
        {
            refusal = new Refusal("no-register", $"Scheme {scheme.Id} has no register yet; import one before looking at its risk.");
            return null;
        }
        if (scheme.Terms is not { } terms)
        {
            refusal = new Refusal("no-terms", $"Scheme {scheme.Id} has no allocation terms yet; set them before looking at its risk.");
            return null;
        }
        if (SchemeTimeline.For(scheme, defaults, now) is not { } timeline)
        {
            refusal = new Refusal("no-risk-left", $"Scheme {scheme.Id} is {scheme.State}: construction is over or the scheme has ended, so there is no outcome left to simulate.");
            return null;
        }
        var equity = terms.Policy == AllocationPolicy.Equity;
        var construction = equity ? terms.DeveloperValue : Scale(terms.DeveloperValue, defaults.ConstructionShareOfBurden);
        var post = equity ? Scale(terms.OwnersBase + terms.DeveloperValue, defaults.PostValueOverCapital) : terms.OwnersBase;
        var basis = terms.OwnersValue;
        var (valued, estimated, bySqft) = WithAppraisals(register, basis, defaults.ValuePerSqft);
        var vested = scheme.State is not (SchemeState.Draft or SchemeState.Enrolling);
        var consented = scheme.Consents.Select(c => c.Owner).ToHashSet(StringComparer.Ordinal);
        string[] holdOuts = vested ? register.Owners.Where(o => !consented.Contains(o)).ToArray() : [];
        var scenario = new RiskScenario
        {
            RegisterPath = Source(scheme),
            Policy = terms.Policy,
            Weights = terms.Weights,
            SiteValue = equity ? terms.OwnersBase : Cents.Zero,
            ConstructionCost = construction,
            PostValue = post,
            CommonBurden = equity ? Cents.Zero : terms.DeveloperValue,
            IssuePrice = terms.IssuePrice,
            HoldOuts = holdOuts,
            HoldOutPremium = defaults.HoldOutPremium,
            StartingRegime = startingRegime ?? defaults.StartingRegime,
            Market = defaults.Market,
            Timeline = timeline,
            Overrun = defaults.Overrun,
            FinanceRate = defaults.FinanceRate,
            DepositRate = defaults.DepositRate,
            AcquisitionOfferMultiple = defaults.AcquisitionOfferMultiple,
            SevenYearOldFlatPerSqft = defaults.SevenYearOldFlatPerSqft,
            SupplementaryAllowanceShare = defaults.SupplementaryAllowanceShare,
            BusinessAllowanceShare = defaults.BusinessAllowanceShare,
            FailureBeforeVesting = scheme.State is SchemeState.Draft or SchemeState.Enrolling ? defaults.FailureBeforeVesting : 0,
            Paths = defaults.WebPaths,
            Seed = defaults.Seed,
        };
        var model = RiskModel.Build(Source(scheme), scenario, valued, out var problems);
        if (model is null)
        {
            refusal = new Refusal("risk-model", string.Join("; ", problems.Select(p => p.ToString())));
            return null;
        }
        var estimatedOwners = register.Flats.Where(f => !f.IsCommon && f.AppraisedValue is null).SelectMany(f => f.Owners).Select(o => o.Owner).ToHashSet(StringComparer.Ordinal);
        return new SchemeRiskModel(model, register.Flats.Count(f => !f.IsCommon), estimated, bySqft, basis) { EstimatedOwners = estimatedOwners };
    }

    private static Cents Scale(Cents c, double factor) =>
        new(checked((long)Math.Round((decimal)c.Value * (decimal)factor, MidpointRounding.AwayFromZero)));

    /// <summary>
    /// The register with an estimated appraisal on every flat that lacks one: area × the per-square-foot
    /// figure when both are known, else the flat's undivided shares over all owned shares × the site value basis.
    /// </summary>
    private static (BuildingRegister Register, int Estimated, int BySqft) WithAppraisals(BuildingRegister register, Cents basis, Cents? perSqft)
    {
        var missing = register.Flats.Where(f => !f.IsCommon && f.AppraisedValue is null).ToArray();
        if (missing.Length == 0)
        {
            return (register, 0, 0);
        }
        var owned = register.Flats.Where(f => !f.IsCommon).Sum(f => f.Shares.Value);
        var estimates = new Dictionary<(string, string), Cents>();
        var bySqft = 0;
        foreach (var flat in missing)
        {
            if (perSqft is { } rate && flat.SaleableAreaSqft is { } area && area > 0)
            {
                estimates[(flat.Lot, flat.Designation)] = new Cents(checked((long)Math.Round(area * rate.Value, MidpointRounding.AwayFromZero)));
                bySqft++;
            }
            else
            {
                estimates[(flat.Lot, flat.Designation)] = Cents.RoundFromDollars(basis.Dollars * new Rational(flat.Shares.Value, owned));
            }
        }
        var entries = register.Entries
            .Select(e => !e.IsCommon && estimates.TryGetValue((e.Lot, e.Flat), out var v) ? e with { AppraisedValue = v } : e)
            .ToArray();
        return (new BuildingRegister(entries), missing.Length, bySqft);
    }
}
