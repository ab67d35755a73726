namespace Redev.Web.Completion;

/// <summary>A month's rent received (YYYY-MM) for a let flat, against the bank's reference; the amount is the lease's rent.</summary>
public sealed record RentInput(string? Flat, string? Month, string? BankReference);
