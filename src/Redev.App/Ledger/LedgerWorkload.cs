namespace Redev.App.Ledger;

/// <summary>What one benchmark run does: timed transfers, concurrent clients, accounts to spread them over, untimed transfers first.</summary>
public sealed record LedgerWorkload(int Transfers, int Clients, int Accounts, int Warmup);
