namespace Redev.Ledger;

/// <summary>
/// An account of one scheme: a holder's holding of one asset, free or pledged to a lender.
/// </summary>
/// <param name="Holder">The holder (an owner as written in the register, <c>developer</c>, an investor id,
/// or a system account starting with <c>@</c>).</param>
/// <param name="Asset">Units or HKD cents.</param>
/// <param name="PledgedTo">The mortgagee holding a pledge over these units; empty for a free account.</param>
public sealed record AccountRef(string Holder, Asset Asset, string PledgedTo = "")
{
    public bool IsPledged => PledgedTo.Length > 0;
    public bool IsSystem => SystemAccounts.IsSystemName(Holder);

    /// <summary>Issuance mirrors units outstanding, so it is the one units account allowed below zero.</summary>
    public static AccountRef Issuance => new(SystemAccounts.Issuance, Asset.Units);
    public static AccountRef Redemption => new(SystemAccounts.Redemption, Asset.Units);
    public static AccountRef CashIn => new(SystemAccounts.CashIn, Asset.HkdCents);
    public static AccountRef CashOut => new(SystemAccounts.CashOut, Asset.HkdCents);
    public static AccountRef Escrow => new(SystemAccounts.Escrow, Asset.HkdCents);

    public override string ToString() => IsPledged ? $"{Holder}/{Asset.Name()} (pledged to {PledgedTo})" : $"{Holder}/{Asset.Name()}";
}

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
