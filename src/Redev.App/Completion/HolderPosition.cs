using Redev.Completion;
using Redev.Ledger;

namespace Redev.App.Completion;

/// <summary>
/// A holder's place at completion: its units now (free and pledged, by account), what it chose (or the
/// default it falls to), and whether it has taken a flat or passed its turn.
/// </summary>
public sealed record HolderPosition(string Holder, IReadOnlyList<(AccountRef Account, long Units)> Accounts, PayoutChoice? Chosen, PayoutChoice Effective,
    string? TakenFlat, bool Passed)
{
    public long Units => Accounts.Sum(a => a.Units);
    public long PledgedUnits => Accounts.Where(a => a.Account.IsPledged).Sum(a => a.Units);
    public bool Settled => Units == 0;
}
