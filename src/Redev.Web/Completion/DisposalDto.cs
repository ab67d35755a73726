namespace Redev.Web.Completion;

/// <summary>What became of a flat nobody took: kept by the income fund, or sold for a price (in cents) paid into escrow.</summary>
/// <param name="Status">kept or sold.</param>
public sealed record DisposalDto(string Flat, string Status, long? PriceCents);
