namespace Redev.Web.Ledger;

/// <summary>A sibling in the balance proof: its hash (base64) and the units and cents it sums.</summary>
public sealed record ReceiptBalanceNode(byte[] Hash, long Units, long Hkd);
