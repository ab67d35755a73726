namespace Redev.Web.Ledger;

/// <summary>One account's committed balance, pending amounts and the number of entries that touched it.</summary>
public sealed record ReceiptBalanceAccount(string Asset, long Balance, long PendingDebits, long PendingCredits, string PledgedTo, long Entries);
