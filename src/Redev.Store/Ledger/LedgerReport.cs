namespace Redev.Store.Ledger;

/// <summary>What a full verification found.</summary>
public sealed record LedgerReport(int Schemes, long Entries, int Checkpoints, long AuditRecords, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;
}
