namespace Redev.Ledger;

/// <summary>An open (not yet posted or voided) pending entry.</summary>
public sealed record OpenPending(Guid Id, Redev.Schemes.SchemeId Scheme, AccountRef Debit, AccountRef Credit, long Amount, TransferCode Code, DateTimeOffset Expires);
