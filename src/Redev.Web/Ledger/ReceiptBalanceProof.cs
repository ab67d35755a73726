namespace Redev.Web.Ledger;

/// <summary>A holder's balances as the checkpoint committed them, and the sibling sums from the leaf to the root.</summary>
public sealed record ReceiptBalanceProof(ReceiptBalanceLeaf Leaf, long Index, IReadOnlyList<ReceiptBalanceNode> Path);
