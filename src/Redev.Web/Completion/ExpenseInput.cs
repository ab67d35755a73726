namespace Redev.Web.Completion;

/// <summary>An expense paid from the income fund: its reference (the same twice is one expense), the amount (HKD), the payee and what for.</summary>
public sealed record ExpenseInput(string? Reference, string? Amount, string? Payee, string? What);
