using Redev.Holders;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Holders;

/// <summary>
/// Which ledger holders a caller acts for in a scheme. An owner: the register owners the notary linked
/// to their holder in that scheme, and their holder's own account; the developer: the scheme's developer
/// account; an investor: their holder's own account. Staff hold nothing. Nothing here is ever decided by
/// matching register text to a sign-in name.
/// </summary>
public sealed class HolderAccess(RedevStore store)
{
    /// <summary>The holder a caller is, if the notary registered one for their sign-in.</summary>
    public Task<Holder?> HolderOfAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role.Holds() ? store.Holders.FindByUserAsync(caller.Name, ct) : Task.FromResult<Holder?>(null);
    }

    /// <summary>The register owners of <paramref name="scheme"/> the caller is linked to (none unless an owner the notary linked).</summary>
    public async Task<IReadOnlyList<string>> OwnersOfAsync(Caller caller, SchemeId scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role != Role.Owner || await HolderOfAsync(caller, ct) is not { } holder)
        {
            return [];
        }
        return await store.Holders.OwnersOfAsync(scheme, holder.Id, ct);
    }

    /// <summary>
    /// Every registered holder by its ledger account (<c>@holder:ID</c>), so a page can name the person or
    /// company instead of showing the account's text.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Holder>> ByLedgerAccountAsync(CancellationToken ct = default) =>
        (await store.Holders.ListAsync(ct)).ToDictionary(h => h.Id.LedgerHolder, StringComparer.Ordinal);

    /// <summary>The ledger holder names the caller acts for in a scheme.</summary>
    public async Task<IReadOnlyList<string>> LedgerHoldersOfAsync(Caller caller, SchemeId scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        switch (caller.Role)
        {
            case Role.Developer:
                return [LedgerHolders.Developer];
            case Role.Owner:
            case Role.Investor:
                var holder = await HolderOfAsync(caller, ct);
                if (holder is null)
                {
                    return [];
                }
                var owners = caller.Role == Role.Owner ? await store.Holders.OwnersOfAsync(scheme, holder.Id, ct) : [];
                return [.. owners, holder.Id.LedgerHolder];
            default:
                return [];
        }
    }

    /// <summary>Whether the caller may see an owner's records in a scheme: staff, or that owner's linked holder.</summary>
    public async Task<bool> MaySeeOwnerAsync(Caller caller, SchemeId scheme, string owner, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role.IsStaff() || (await OwnersOfAsync(caller, scheme, ct)).Contains(owner, StringComparer.Ordinal);
    }

    /// <summary>
    /// The ledger account a proposer means by <paramref name="text"/>, or null when it names no one who may receive
    /// units in the scheme. Whoever may receive: a register owner (their text exactly as written), the developer
    /// (<c>@developer</c>, "developer", 發展商) and every registered holder — by its account (<c>@holder:ID</c>), its id,
    /// or its English (any case) or Chinese name, when exactly one holder has it. A proposer types who they mean,
    /// so no page has to list every other owner and holder by name to offer a choice.
    /// </summary>
    public async Task<string?> ResolveRecipientAsync(Scheme scheme, string? text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var t = text?.Trim() ?? "";
        if (t.Length == 0)
        {
            return null;
        }
        if (scheme.Register?.OwnsAny(t) == true)
        {
            return t;
        }
        if (t == LedgerHolders.Developer || t.Equals("developer", StringComparison.OrdinalIgnoreCase) || t == "發展商")
        {
            return LedgerHolders.Developer;
        }
        var named = (await store.Holders.ListAsync(ct)).Where(h =>
            h.Id.LedgerHolder == t || h.Id.Value.Equals(t, StringComparison.OrdinalIgnoreCase)
            || h.NameEnglish.Equals(t, StringComparison.OrdinalIgnoreCase) || h.NameChinese == t).ToList();
        return named.Count == 1 ? named[0].Id.LedgerHolder : null;
    }
}
