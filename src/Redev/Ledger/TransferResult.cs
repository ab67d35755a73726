namespace Redev.Ledger;

/// <summary>The result of one transfer in a batch.</summary>
/// <param name="Replayed">True when the id had been used with the same content: nothing moved again.</param>
public sealed record TransferResult(Guid Id, long Seq, bool Replayed);
