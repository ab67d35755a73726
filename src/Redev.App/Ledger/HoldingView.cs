namespace Redev.App.Ledger;

/// <summary>
/// One holder's position in one scheme, from the ledger's committed balances. Until the scheme has
/// been revalued, the net asset value per unit is the issue price from its terms
/// (<see cref="NavIsIssuePrice"/>), and the page says so.
/// </summary>
/// <param name="FreeUnits">Units in the holder's own account (including any reserved by pending transfers out).</param>
/// <param name="AvailableUnits">Free units not reserved by a pending transfer: what can be proposed now.</param>
/// <param name="PendingOut">Units reserved by proposals from this holder awaiting the notary.</param>
/// <param name="PendingIn">Units proposed to this holder awaiting the notary (not yet theirs).</param>
public sealed record HoldingView(
    string Scheme, string SchemeName, string Holder,
    long FreeUnits, long AvailableUnits, IReadOnlyList<PledgeView> Pledged, long PendingOut, long PendingIn,
    long HkdCents, long NavCents, bool NavIsIssuePrice, long ValueCents)
{
    public long TotalUnits => checked(FreeUnits + Pledged.Sum(p => p.Units));
}
