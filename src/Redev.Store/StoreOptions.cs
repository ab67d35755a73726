using Redev.Store.Ledger;

namespace Redev.Store;

/// <summary>How a store runs.</summary>
/// <param name="Clock">The ledger's clock (tests step it past expiries).</param>
/// <param name="MaxOpsPerCommit">Group-commit limit; 1 writes every request in its own transaction.</param>
/// <param name="MustExist">Refuse to create the store: a missing SQLite file (or its folder) raises
/// <see cref="StoreNotFoundException"/> and nothing is created. For commands that only read.</param>
public sealed record StoreOptions(TimeProvider? Clock = null, int MaxOpsPerCommit = 4096, BalanceWrites? BalanceWrites = null, bool MustExist = false);
