namespace Redev.App.Completion;

/// <summary>The notary approves a proposed payout by its key (<c>sale-1</c>, <c>income-2027</c>) and the batch's SHA-256 shown with it.</summary>
public sealed record ApprovePayoutCommand(string? Scheme, string? Key, string? BatchSha256);
