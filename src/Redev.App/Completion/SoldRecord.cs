namespace Redev.App.Completion;

/// <summary>A flat sold: its price, the costs of selling it (paid first by the waterfall), the buyer and the bank's reference.</summary>
public sealed record SoldRecord(string Flat, long PriceCents, long CostsCents, string Buyer, string BankReference);
