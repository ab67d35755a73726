using Redev.App;
using Redev.App.Demo;

namespace Redev.Web.Hosting;

/// <summary>
/// The demo accounts, one per role, with fixed passwords written in docs/web.md, so anyone trying the
/// demo can sign in as each kind of user. They are for the demo store only. The owners' and the
/// investor's holders are registered under ids of their own: the sign-in name is never a holder.
/// </summary>
public static class DemoUsers
{
    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("convener", "Demo convener (URA)", Role.Convener, "convener-demo-2026"),
        new("notary", "Demo notary (URA)", Role.Notary, "notary-demo-2026"),
        new("chan", "CHAN Tai Man", Role.Owner, "chan-demo-2026", "CHAN Tai Man", "h-chan-tai-man", "陳大文"),
        new("wong", "WONG Yuk Lan", Role.Owner, "wong-demo-2026", "WONG Yuk Lan", "h-wong-yuk-lan", "黃玉蘭"),
        new("developer", "Demo developer", Role.Developer, "developer-demo-2026"),
        new("investor", "Demo investor", Role.Investor, "investor-demo-2026", null, "h-demo-investor", "示範投資者"),
        new("certifier", "Demo certifier (authorized person)", Role.Certifier, "certifier-demo-2026"),
    ];

    public static DemoAccount Get(string userName) => All.Single(u => u.UserName == userName);
}
