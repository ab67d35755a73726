namespace Redev.App.Completion;

/// <summary>
/// A payout as proposed by the convener and, under the same subject, as paid after the notary approved it:
/// what it pays (sale proceeds or a year's income), its inputs, and the SHA-256 of the exact ledger batch.
/// </summary>
public sealed record PayoutRecord(string Kind, string Key, long AmountCents, string FeeRate, long ManagementFeeCents, CreditorRecord[] Creditors,
    string BatchSha256, PayoutLineRecord[] Lines);
