namespace Redev.App.Completion;

/// <summary>A new flat and what became of it: <c>available</c>, <c>taken</c> (by <see cref="TakenBy"/> when the reader may see who), <c>kept</c> or <c>sold</c>.</summary>
public sealed record FlatView(string Flat, string Floor, long SaleableAreaSqFt, long ValueCents, string Status, string? TakenBy, long? PriceCents);
