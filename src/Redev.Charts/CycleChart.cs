namespace Redev.Charts;

/// <summary>One chart of the cycle monitor as an SVG element ready to inline in a page.</summary>
/// <param name="Name">A short stable name (volume, inventory, prices, spread, growth), also the id prefix inside the SVG.</param>
/// <param name="Title">The chart's title, for the page's caption and text alternative.</param>
public sealed record CycleChart(string Name, string Title, string Svg);
