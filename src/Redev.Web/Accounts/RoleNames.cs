namespace Redev.Web.Accounts;

/// <summary>
/// The roles' names as sign-in accounts and claims carry them, for the pages' and endpoints'
/// authorization attributes: a first fence only, since every use case checks its caller again.
/// </summary>
public static class RoleNames
{
    public const string Convener = "convener";
    public const string Notary = "notary";
    public const string Owner = "owner";
    public const string Developer = "developer";
    public const string Investor = "investor";
    public const string Certifier = "certifier";

    public static readonly IReadOnlyList<string> All = [Convener, Notary, Owner, Developer, Investor, Certifier];
}
