using Redev.Store.Ledger;

namespace Redev.Store;

/// <summary>How a store runs.</summary>
/// <param name="Clock">The ledger's clock (tests step it past expiries).</param>
/// <param name="MaxOpsPerCommit">Group-commit limit; 1 writes every request in its own transaction.</param>
public sealed record StoreOptions(TimeProvider? Clock = null, int MaxOpsPerCommit = 4096, BalanceWrites? BalanceWrites = null);
