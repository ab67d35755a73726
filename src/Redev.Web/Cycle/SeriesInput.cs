using System.Text.Json.Nodes;

namespace Redev.Web.Cycle;

/// <summary>One series on the upload form: the file and how to read it (the market file's per-series options).</summary>
public sealed class SeriesInput
{
    /// <summary>For core prices and growth series: the name the series is reported under.</summary>
    public string? Name { get; set; }

    public IFormFile? File { get; set; }

    public int PublicationLagMonths { get; set; }

    public bool SeasonallyAdjusted { get; set; } = true;

    /// <summary>Volume only: sales are an annualised rate (SAAR).</summary>
    public bool AnnualRate { get; set; } = true;

    /// <summary>Inventory: <c>monthsSupply</c> or <c>level</c>; core inflation: <c>index</c> or <c>rate</c>.</summary>
    public string? Kind { get; set; }
}
