namespace Redev.App.Ledger;

/// <summary>Units pledged to a mortgagee: they count for the owner, and only the mortgagee can release them.</summary>
public sealed record PledgeView(string Mortgagee, long Units);
