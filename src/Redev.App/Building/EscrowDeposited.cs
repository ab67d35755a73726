using Redev.Primitives;

namespace Redev.App.Building;

/// <summary>What a deposit did: the escrow's balance after it, and whether it was a repeat of one already recorded.</summary>
public sealed record EscrowDeposited(string Scheme, Cents Amount, string BankReference, Cents Deposited, Cents Committed, bool Replayed);
