namespace Redev.Web.Completion;

/// <summary>A flat's sale: the price received into escrow and the selling costs (HKD), the buyer and the bank's reference of the price.</summary>
public sealed record SaleInput(string? Price, string? Costs, string? Buyer, string? BankReference);
