namespace Redev.App.Building;

/// <summary>A deposit into a scheme's escrow as the notary types it: the HKD amount as text and the bank's reference.</summary>
public sealed record DepositCommand(string? Scheme, string? Amount, string? BankReference);
