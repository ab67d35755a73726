using Redev.Primitives;

namespace Redev.Completion;

/// <summary>
/// Someone the fund owes before its holders: the developer's cost claim under cost-in-kind, a refund owed to
/// a holder who took a flat worth less than its units, a contractor. <paramref name="Holder"/> names the
/// ledger holder a refund belongs to, so the holder's statement shows it; empty for others.
/// </summary>
public sealed record Creditor(string Name, Cents Owed, string Holder = "")
{
    public string Name { get; } = string.IsNullOrWhiteSpace(Name) ? throw new ArgumentException("A creditor has a name.", nameof(Name)) : Name;

    public Cents Owed { get; } = Owed.Value < 0 ? throw new ArgumentOutOfRangeException(nameof(Owed), "A creditor is owed zero or more.") : Owed;
}
