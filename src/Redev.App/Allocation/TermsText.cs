using Redev.Allocation;
using Redev.Primitives;

namespace Redev.App.Allocation;

/// <summary>
/// Allocation terms as a convener types them, on the web form, in the API or on the command line: HKD
/// amounts as text (<c>168000000</c>, <c>HK$1,234.50</c>) so no amount passes through floating point. The
/// figures of the policy not chosen, when given too, are kept for the owners' side-by-side preview.
/// </summary>
public sealed record TermsText(
    string? Policy, string? IssuePrice, string? Weights = "shares",
    string? SiteValue = null, string? ConstructionCost = null, string? PostValue = null, string? CommonBurden = null,
    string? Milestones = null, string? GraceDays = null)
{
    /// <summary>The grace period when the terms state none: 90 days, about one quarter's slippage (docs/building.md).</summary>
    public const int DefaultGraceDays = 90;

    /// <summary>
    /// The milestone schedule, when given (<c>name | percent | YYYY-MM-DD</c> per line or separated by ';').
    /// Terms may be set without one, but a scheme without one cannot vest.
    /// </summary>
    public global::Redev.Building.MilestoneSchedule? BuildSchedule(out Refusal? refusal)
    {
        refusal = null;
        if (string.IsNullOrWhiteSpace(Milestones))
        {
            if (!string.IsNullOrWhiteSpace(GraceDays))
            {
                refusal = Refusal.With("bad-milestones", "graceDays is given but no milestones: the grace period belongs to a schedule.", ("field", "milestones"));
            }
            return null;
        }
        var grace = DefaultGraceDays;
        if (!string.IsNullOrWhiteSpace(GraceDays) && !int.TryParse(GraceDays.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out grace))
        {
            refusal = Refusal.With("bad-grace-days", $"graceDays: \"{GraceDays}\" is not a whole number of days.", ("days", GraceDays));
            return null;
        }
        return global::Redev.Building.MilestoneSchedule.Parse(Milestones, grace, out refusal);
    }

    /// <summary>Builds the chosen terms and, when all of its figures are given, the other policy's terms.</summary>
    public (AllocationTerms? Chosen, AllocationTerms? Comparison) Build(out Refusal? refusal)
    {
        refusal = null;
        var policy = (Policy ?? "").Trim().ToLowerInvariant();
        if (policy is not ("equity" or "cost-in-kind"))
        {
            refusal = new Refusal("bad-policy", $"policy: \"{Policy}\" is not a policy; use equity or cost-in-kind.");
            return (null, null);
        }
        var weightsText = (Weights ?? "shares").Trim().ToLowerInvariant();
        if (weightsText is not ("shares" or "appraised"))
        {
            refusal = new Refusal("bad-weights", $"weights: \"{Weights}\" is not a basis; use shares or appraised.");
            return (null, null);
        }
        var weights = weightsText == "shares" ? WeightBasis.Shares : WeightBasis.Appraised;
        if (Money(IssuePrice, "issuePrice", out refusal) is not { } price)
        {
            return (null, null);
        }
        var equity = Pair(SiteValue, "siteValue", ConstructionCost, "constructionCost", out var equityRefusal);
        var cik = Pair(PostValue, "postValue", CommonBurden, "commonBurden", out var cikRefusal);
        AllocationTerms? Make(bool isEquity, out Refusal? r)
        {
            r = isEquity ? equityRefusal : cikRefusal;
            var pair = isEquity ? equity : cik;
            if (r is not null || pair is not { } p)
            {
                r ??= new Refusal("bad-options", isEquity
                    ? "the equity policy needs the site value and the construction cost."
                    : "the cost-in-kind policy needs the value after redevelopment and the common burden.");
                return null;
            }
            return isEquity
                ? AllocationTerms.Equity(p.A, p.B, price, weights, out r)
                : AllocationTerms.CostInKind(p.A, p.B, price, weights, out r);
        }
        var chosen = Make(policy == "equity", out refusal);
        if (chosen is null)
        {
            return (null, null);
        }
        var otherGiven = policy == "equity" ? PostValue is not null || CommonBurden is not null : SiteValue is not null || ConstructionCost is not null;
        if (!otherGiven)
        {
            return (chosen, null);
        }
        var comparison = Make(policy != "equity", out refusal);
        return comparison is null ? (null, null) : (chosen, comparison);
    }

    private static (Cents A, Cents B)? Pair(string? a, string aName, string? b, string bName, out Refusal? refusal)
    {
        refusal = null;
        if (a is null && b is null)
        {
            return null;
        }
        var x = Money(a, aName, out refusal);
        if (refusal is not null)
        {
            return null;
        }
        var y = Money(b, bName, out refusal);
        return x is { } xa && y is { } yb ? (xa, yb) : null;
    }

    private static Cents? Money(string? text, string field, out Refusal? refusal)
    {
        refusal = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            refusal = new Refusal("bad-options", $"{field} is missing; give an HKD amount such as 168000000 or 10.50.");
            return null;
        }
        if (!Cents.TryParseHkd(text, out var c))
        {
            refusal = new Refusal("bad-amount", $"{field}: \"{text}\" is not an HKD amount with at most 2 decimals.");
            return null;
        }
        return c;
    }
}
