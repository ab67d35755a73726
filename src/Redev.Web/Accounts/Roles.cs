namespace Redev.Web.Accounts;

/// <summary>
/// The five sign-in roles of docs/brief.md §2. A user has exactly one, so what a page may show never
/// depends on how roles combine.
/// </summary>
public static class Roles
{
    public const string Convener = "convener";
    public const string Notary = "notary";
    public const string Owner = "owner";
    public const string Developer = "developer";
    public const string Investor = "investor";

    public static readonly IReadOnlyList<string> All = [Convener, Notary, Owner, Developer, Investor];

    /// <summary>Staff of the convening body (URA), who may look at any owner's records.</summary>
    public static bool IsStaff(string? role) => role is Convener or Notary;
}
