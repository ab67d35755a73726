namespace Redev.App.Completion;

/// <summary>
/// A payout to propose: <c>sale</c> (sale proceeds by the waterfall; <see cref="Amount"/> is needed only when
/// an income fund continues and keeps the rest) or <c>income</c> for a calendar <see cref="Year"/>, with the
/// management fee for that year. <see cref="Creditors"/> are lines <c>name=HKD</c>.
/// </summary>
public sealed record PayoutCommand(string? Scheme, string? Kind, string? Amount = null, string? FeeRate = null, string? Year = null,
    string? ManagementFee = null, IReadOnlyList<string>? Creditors = null);
