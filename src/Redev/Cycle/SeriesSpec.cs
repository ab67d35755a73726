namespace Redev.Cycle;

/// <summary>How to read one series from a CSV file.</summary>
/// <param name="Name">The name the series is reported under.</param>
/// <param name="ValueColumn">The value column; by default <c>value</c>, or the only non-date column (FRED's <c>SERIES_ID</c>).</param>
/// <param name="Filter">For long files: column → required value (e.g. <c>region</c> → <c>Boston-MA</c>); other rows are ignored.</param>
/// <param name="Aggregation">How daily or weekly observations become one monthly value.</param>
public sealed record SeriesSpec(
    string Name,
    string? ValueColumn = null,
    IReadOnlyDictionary<string, string>? Filter = null,
    Aggregation Aggregation = Aggregation.Mean);
