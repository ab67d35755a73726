using Redev.Web.Accounts;

namespace Redev.Web.Hosting;

/// <summary>One demo account; <paramref name="Owner"/> is the register owner the notary links it to.</summary>
public sealed record DemoUser(string UserName, string DisplayName, string Role, string Password, string? Owner = null);

/// <summary>
/// The demo accounts, one per role, with fixed passwords written in docs/web.md, so anyone trying the
/// demo can sign in as each kind of user. They are for the demo store only.
/// </summary>
public static class DemoUsers
{
    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("convener", "Demo convener (URA)", Roles.Convener, "convener-demo-2026"),
        new("notary", "Demo notary (URA)", Roles.Notary, "notary-demo-2026"),
        new("chan", "CHAN Tai Man", Roles.Owner, "chan-demo-2026", "CHAN Tai Man"),
        new("wong", "WONG Yuk Lan", Roles.Owner, "wong-demo-2026", "WONG Yuk Lan"),
        new("developer", "Demo developer", Roles.Developer, "developer-demo-2026"),
        new("investor", "Demo investor", Roles.Investor, "investor-demo-2026"),
    ];

    public static DemoUser Get(string userName) => All.Single(u => u.UserName == userName);
}
