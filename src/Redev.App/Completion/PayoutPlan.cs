using Redev.Ledger;

namespace Redev.App.Completion;

/// <summary>A payout worked out: the record to show and keep, and the exact ledger batch it pays with.</summary>
internal sealed record PayoutPlan(PayoutRecord Record, IReadOnlyList<TransferRequest> Batch);
