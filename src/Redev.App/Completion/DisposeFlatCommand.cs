namespace Redev.App.Completion;

/// <summary>
/// What becomes of a flat nobody took: kept by the income fund to let, or sold (price and selling costs in
/// HKD, buyer, the bank's reference of the price received).
/// </summary>
public sealed record DisposeFlatCommand(string? Scheme, string? Flat, bool Keep, string? Price = null, string? Costs = null, string? Buyer = null, string? BankReference = null);
