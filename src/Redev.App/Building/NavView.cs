using Redev.Building;
using Redev.Primitives;

namespace Redev.App.Building;

/// <summary>
/// NAV as shown: the current figure (last adopted value with today's escrow, liabilities and units), the
/// issue price it compares with, and the history of NAV set at each adopted valuation.
/// </summary>
/// <param name="Current">Null before any valuation is adopted: there is then no NAV to show, only the issue price.</param>
public sealed record NavView(string Scheme, Cents IssuePrice, NetAssetValue? Current, DateOnly? ValuedOn, IReadOnlyList<AdoptedValuation> History)
{
    /// <summary>How much a unit has lost against the issue price, to the cent; null when it has not lost value or there is no NAV.</summary>
    public Cents? LossPerUnit => Current is { } nav && nav.PerUnit < IssuePrice.Dollars ? Cents.RoundFromDollars(nav.LossPerUnit(IssuePrice)) : null;
}
