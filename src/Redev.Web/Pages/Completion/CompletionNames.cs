using Microsoft.Extensions.Localization;
using Redev.Holders;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Completion;

/// <summary>
/// Holders and payees on the completion page as people read them: the developer's account by its role's name,
/// a holder's own account (<c>@holder:ID</c>) by the name the notary registered, in the page's language, a register
/// owner by the register's text, and an empty name (a holder the reader may not see) as "another holder". Naming
/// shows nothing new: the page names only the holders the completion view already lets the reader see.
/// </summary>
public sealed class CompletionNames
{
    private readonly IStringLocalizer _l;
    private readonly IReadOnlyDictionary<string, Holder> _holders;

    /// <param name="holders">The registered holders by ledger account (<c>HolderAccess.ByLedgerAccountAsync</c>).</param>
    public CompletionNames(IStringLocalizer l, IReadOnlyDictionary<string, Holder> holders)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(holders);
        _l = l;
        _holders = holders;
    }

    public string Of(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.Length == 0 ? _l["SomeoneElse"] : LedgerNames.Of(account, _holders, _l);
    }
}
