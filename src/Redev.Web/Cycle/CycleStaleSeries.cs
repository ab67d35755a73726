namespace Redev.Web.Cycle;

/// <summary>A series whose last figure is older than its publication lag allows, and that figure's month.</summary>
public sealed record CycleStaleSeries(string Series, string LastMonth);
