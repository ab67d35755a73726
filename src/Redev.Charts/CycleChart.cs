namespace Redev.Charts;

/// <summary>One chart of the cycle monitor as SVG elements ready to inline in a page.</summary>
/// <param name="Name">A short stable name (volume, inventory, prices, spread, growth), also the id prefix inside the SVG.</param>
/// <param name="Title">The chart's title, for the page's caption and text alternative (the drawing itself carries none, see <see cref="CycleCharts.Svgs"/>).</param>
/// <param name="Svg">The chart drawn at <see cref="ChartSize.Desktop"/>.</param>
public sealed record CycleChart(string Name, string Title, string Svg)
{
    /// <summary>The same chart drawn at <see cref="ChartSize.Phone"/>.</summary>
    public string PhoneSvg { get; init; } = "";

    /// <summary>Each line of the chart in figures, for the table beside it.</summary>
    public IReadOnlyList<ChartSeriesSummary> Summary { get; init; } = [];
}
