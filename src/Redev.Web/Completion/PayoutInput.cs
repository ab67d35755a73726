namespace Redev.Web.Completion;

/// <summary>
/// A payout to propose: sale (the sale proceeds by the waterfall; the amount only when an income fund keeps the rest)
/// or income for a calendar year, with its management fee. The fee rate is a decimal fraction; creditors are name=HKD.
/// </summary>
public sealed record PayoutInput(string? Kind, string? Amount = null, string? FeeRate = null, string? Year = null, string? ManagementFee = null,
    IReadOnlyList<string>? Creditors = null);
