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
