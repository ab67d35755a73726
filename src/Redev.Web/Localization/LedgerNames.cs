using Microsoft.Extensions.Localization;
using Redev.Holders;

namespace Redev.Web.Localization;

/// <summary>
/// Ledger accounts as people read them: <c>@developer</c> is "the developer" (發展商), <c>@holder:ID</c>
/// is the holder's own name in the page's language, and a register owner's account is the owner's name
/// as the register writes it; the ledger's own accounts (<c>@issuance</c>, <c>@escrow</c>) are named in words. The account's text stays the form's value; only what is shown changes.
/// </summary>
public static class LedgerNames
{
    /// <summary>The name to show for <paramref name="account"/>.</summary>
    public static string Of(string account, IReadOnlyDictionary<string, Holder> holders, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(holders);
        ArgumentNullException.ThrowIfNull(l);
        if (account == LedgerHolders.Developer)
        {
            return l["Party_developer"];
        }
        if (account == LedgerHolders.BuyOut)
        {
            return l["Party_buyout"];
        }
        if (holders.TryGetValue(account, out var holder))
        {
            return holder.Name(Texts.Chinese);
        }
        // The ledger's own accounts (@issuance, @escrow, ...) are named in words; a register owner's is their name.
        return account.StartsWith('@') && l["Account_" + account[1..]] is { ResourceNotFound: false } system ? system.Value : account;
    }
}
