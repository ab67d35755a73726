namespace Redev.Ledger;

/// <summary>An account's balance and its two-phase reservations.</summary>
/// <param name="Balance">Posted amount.</param>
/// <param name="PendingDebits">Reserved by pending entries going out: not spendable.</param>
/// <param name="PendingCredits">Promised by pending entries coming in: not yet owned.</param>
public readonly record struct AccountBalance(long Balance, long PendingDebits, long PendingCredits)
{
    /// <summary>What can still be spent: the balance less what pending transfers have reserved.</summary>
    public long Available => checked(Balance - PendingDebits);

    public AccountBalance Plus(AccountBalance change) =>
        new(checked(Balance + change.Balance), checked(PendingDebits + change.PendingDebits), checked(PendingCredits + change.PendingCredits));

    /// <summary>
    /// What an entry of <paramref name="kind"/> for <paramref name="amount"/> does to its debit and
    /// credit accounts. The one rule by which the writer moves balances and by which the loader and
    /// the verifier replay them from the journal, so the three cannot disagree.
    /// </summary>
    public static (AccountBalance Debit, AccountBalance Credit) Effect(EntryKind kind, long amount) => kind switch
    {
        EntryKind.Posted => (new(-amount, 0, 0), new(amount, 0, 0)),
        EntryKind.Pending => (new(0, amount, 0), new(0, 0, amount)),
        EntryKind.PostPending => (new(-amount, -amount, 0), new(amount, 0, -amount)),
        EntryKind.VoidPending => (new(0, -amount, 0), new(0, 0, -amount)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an entry kind."),
    };
}
