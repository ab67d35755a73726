namespace Redev.Web.Ledger;

/// <summary>One leaf of the balance tree: a holder and each of its accounts.</summary>
public sealed record ReceiptBalanceLeaf(string Holder, IReadOnlyList<ReceiptBalanceAccount> Accounts);
