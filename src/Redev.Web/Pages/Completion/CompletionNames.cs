using Microsoft.Extensions.Localization;
using Redev.Holders;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Completion;

/// <summary>
/// Holders and payees on the completion page as people read them: the developer's account by its role's name,
/// a register owner by the register's text, and an empty name (a holder the reader may not see) as "another holder".
/// </summary>
public static class CompletionNames
{
    private static readonly IReadOnlyDictionary<string, Holder> NoHolders = new Dictionary<string, Holder>();

    public static string Of(IStringLocalizer l, string account)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(account);
        return account.Length == 0 ? l["SomeoneElse"] : LedgerNames.Of(account, NoHolders, l);
    }
}
