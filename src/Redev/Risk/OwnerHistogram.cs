using Redev.Primitives;

namespace Redev.Risk;

/// <summary>A histogram of one owner's outcome for charts: bin edges in HKD and the share of paths in each bin.</summary>
public sealed record OwnerHistogram(string Owner, IReadOnlyList<double> Edges, IReadOnlyList<double> Shares, Cents SaleGrown, Cents OfferGrown);
