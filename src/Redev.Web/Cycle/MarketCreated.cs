namespace Redev.Web.Cycle;

/// <summary>An uploaded market: its id, and where its dashboard and signals are.</summary>
public sealed record MarketCreated(string Id, string Dashboard, string Signals);
