namespace Redev.App.Completion;

/// <summary>An expense of the income fund paid out of its cash: a reference (names it, once), the amount (HKD), the payee, what for.</summary>
public sealed record ExpenseCommand(string? Scheme, string? Reference, string? Amount, string? Payee, string? What);
