namespace Redev.App.Ledger;

/// <summary>The transfer, and whether this call created it (a retry with the same id answers the same transfer).</summary>
public sealed record Proposed(TransferView Transfer, bool Created);
