namespace Redev.Web.Risk;

/// <summary>The owner's histogram: bin edges in HKD and the share of futures in each bin (the middle 99%).</summary>
public sealed record HistogramView(IReadOnlyList<double> EdgesHkd, IReadOnlyList<double> Shares);
