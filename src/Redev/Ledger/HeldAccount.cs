namespace Redev.Ledger;

/// <summary>
/// One of a holder's accounts as a checkpoint commits to it: what the journal's entries up to the
/// checkpoint add up to, and how many of them touched it. The count is what makes a receipt
/// complete: two entries whose effects cancel (a pending transfer and its void) change no balance,
/// but leaving them out still changes the count.
/// </summary>
/// <param name="PledgedTo">The mortgagee for a pledged account; empty for a free one.</param>
/// <param name="Entries">How many entries have this account as their debit or credit leg (an entry with the account on both legs counts twice).</param>
public sealed record HeldAccount(Asset Asset, string PledgedTo, long Balance, long PendingDebits, long PendingCredits, long Entries)
{
    public string PledgedTo { get; } = PledgedTo ?? throw new ArgumentNullException(nameof(PledgedTo));
    public long Entries { get; } = Entries >= 0 ? Entries : throw new ArgumentOutOfRangeException(nameof(Entries), Entries, "An entry count is never negative.");
}
