namespace Redev.App.Completion;

/// <summary>Rent received for one month (YYYY-MM) of a lease, against the bank's reference; the amount is the lease's rent.</summary>
public sealed record RentCommand(string? Scheme, string? Flat, string? Month, string? BankReference);
