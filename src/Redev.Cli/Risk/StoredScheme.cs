using Redev.App;
using System.Globalization;
using Redev.Risk;
using Redev.Schemes;

namespace Redev.Cli.Risk;

/// <summary>Loads a stored scheme as a risk model with <see cref="RiskDefaults.Standard"/>, and says on stderr what was assumed.</summary>
public static class StoredScheme
{
    /// <param name="sevenYearOldFlatPerSqft">The locality's price per square foot of a seven-year-old flat (--seven-year-flat-psf), when given.</param>
    public static async Task<(int ExitCode, RiskModel? Model)> LoadAsync(CliIO io, string? db, SchemeId id, MarketRegime? regime, Redev.Primitives.Cents? sevenYearOldFlatPerSqft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(io);
        await using var app = await StoreAccess.OpenExistingAsync(io, db, ct);
        var found = await app.Schemes.GetAsync(Caller.Operator, id.Value, ct);
        if (!found.Succeeded)
        {
            return (io.Refuse(found.Refusal), null);
        }
        var scheme = found.Value;
        var defaults = RiskDefaults.Standard with { SevenYearOldFlatPerSqft = sevenYearOldFlatPerSqft };
        var built = SchemeRiskModel.Build(scheme, defaults, io.Now, regime, out var refusal);
        if (built is null)
        {
            return (io.Refuse(refusal!), null);
        }
        var s = built.Model.Scenario;
        var t = s.Timeline;
        var consenting = s.HoldOuts.Count == 0
            ? "every owner counted as consenting"
            : string.Create(CultureInfo.InvariantCulture,
                $"{s.HoldOuts.Count} hold-outs (never consented) bought at the compulsory sale at appraisal + {s.HoldOutPremium:0.##%}, a cost of the scheme");
        io.Err.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Scheme {id} ({scheme.State}, {s.Policy}): post value {s.PostValue}, construction cost {s.ConstructionCost}, issue price {s.IssuePrice}; " +
            $"months to vesting {t.VestingMonths}, demolition {t.DemolitionMonths}, completion {t.CompletionMonths}; {consenting}; " +
            $"market, costs, rates and delays are the defaults of docs/risk.md (\"Stored schemes\")."));
        if (built.EstimatedFlats > 0)
        {
            io.Err.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ESTIMATE: {built.EstimatedFlats} of {built.Flats} flats have no appraised value; " +
                $"their sell-today and offer figures are estimates ({built.PerSqftFlats} by saleable area at the per-square-foot figure, " +
                $"the rest at their share of undivided shares of {built.SiteValueBasis}), not appraisals."));
        }
        if (s.SevenYearOldFlatPerSqft is null && built.Model.Owners.Any(o => o.OfferBasis.Contains("home purchase allowance", StringComparison.Ordinal)))
        {
            io.Err.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ESTIMATE: no locality price of a seven-year-old flat was given (--seven-year-flat-psf HKD); the home purchase allowance " +
                $"takes the notional flat at {s.AcquisitionOfferMultiple:0.##} × market value, so the URA-style offers are estimates."));
        }
        return (ExitCodes.Ok, built.Model);
    }
}
