namespace Redev.Web.Ledger;

/// <summary>The balance tree a version-3 checkpoint signs: its root (base64), holders, and the units and cents it sums.</summary>
public sealed record ReceiptBalances(byte[] Root, long Holders, long Units, long Hkd);
