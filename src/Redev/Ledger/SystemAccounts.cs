namespace Redev.Ledger;

/// <summary>The system accounts every scheme has.</summary>
public static class SystemAccounts
{
    public const string Issuance = "@issuance";
    public const string Redemption = "@redemption";
    public const string CashIn = "@cash-in";
    public const string CashOut = "@cash-out";
    public const string Escrow = "@escrow";

    /// <summary>
    /// System accounts are spelled with a leading <c>@</c>; registers refuse owner and mortgagee names
    /// that begin so, which keeps every name a person can hold apart from these by construction.
    /// </summary>
    public static bool IsSystemName(string holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return holder.StartsWith('@');
    }

    /// <summary>Accounts that mirror the outside world and so may go negative.</summary>
    public static bool MayGoNegative(AccountRef account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.Holder is Issuance or CashIn;
    }

    public static IReadOnlyList<AccountRef> All =>
        [AccountRef.Issuance, AccountRef.Redemption, AccountRef.CashIn, AccountRef.CashOut, AccountRef.Escrow];
}
