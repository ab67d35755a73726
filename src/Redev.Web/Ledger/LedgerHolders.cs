using System.Security.Claims;
using Redev.Allocation;
using Redev.Schemes;
using Redev.Web.Accounts;

namespace Redev.Web.Ledger;

/// <summary>
/// Which ledger holders a signed-in user acts for in a scheme: an owner account the register owners
/// the notary linked it to, the developer account the scheme's developer, an investor account the
/// holder named by its user name. Staff hold nothing.
/// </summary>
public sealed class LedgerHolders(AccessRules access, AccountStore accounts)
{
    public async Task<IReadOnlyList<string>> OfAsync(ClaimsPrincipal user, SchemeId scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return AccessRules.RoleOf(user) switch
        {
            Roles.Owner => await access.OwnersOfAsync(user, scheme, ct),
            Roles.Developer => [Allocator.DeveloperId],
            Roles.Investor when user.Identity?.Name is { } name => [name],
            _ => [],
        };
    }

    /// <summary>Who may receive units in this scheme: its register owners, the developer and every investor account.</summary>
    public async Task<IReadOnlyList<string>> RecipientsAsync(Scheme scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var investors = await accounts.UserNamesInRoleAsync(Roles.Investor, ct);
        return [.. (scheme.Register?.Owners ?? []), Allocator.DeveloperId, .. investors];
    }
}
