namespace Redev.Web.Ledger;

/// <summary>One side of an entry: the holder, the asset (units or hkdCents) and, for pledged units, the mortgagee.</summary>
public sealed record ReceiptAccount(string Holder, string Asset, string PledgedTo, bool IsPledged, bool IsSystem);
