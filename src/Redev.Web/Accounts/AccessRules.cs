using System.Security.Claims;
using Redev.Schemes;
using Redev.Web.Hosting;

namespace Redev.Web.Accounts;

/// <summary>
/// Who may act for which register owner. Roles decide the coarse rules (attributes on pages and
/// endpoints); this decides the fine one: an owner account reaches only the register owners the
/// notary linked it to. Every "no" is logged with who asked for what.
/// </summary>
public sealed class AccessRules(AccountStore accounts, ILogger<AccessRules> log)
{
    public static string? RoleOf(ClaimsPrincipal user) => user?.FindFirst(ClaimTypes.Role)?.Value;

    /// <summary>The register owners of <paramref name="scheme"/> this user acts for (none unless linked).</summary>
    public async Task<IReadOnlyList<string>> OwnersOfAsync(ClaimsPrincipal user, SchemeId scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name is { } name && RoleOf(user) == Roles.Owner
            ? await accounts.OwnersOfAsync(scheme.Value, name, ct)
            : [];
    }

    /// <summary>Whether the user may see what <paramref name="owner"/> would receive: staff, or that owner's own account.</summary>
    public Task<bool> MaySeeOwnerAsync(ClaimsPrincipal user, SchemeId scheme, string owner, CancellationToken ct = default) =>
        DecideAsync(user, scheme, owner, Roles.IsStaff(RoleOf(user)), "see the records of", ct);

    /// <summary>Whether the user may give or withdraw <paramref name="owner"/>'s consent: the convener, or that owner's own account.</summary>
    public Task<bool> MayConsentForAsync(ClaimsPrincipal user, SchemeId scheme, string owner, CancellationToken ct = default) =>
        DecideAsync(user, scheme, owner, RoleOf(user) == Roles.Convener, "consent for", ct);

    public void LogRefused(ClaimsPrincipal user, string what)
    {
        ArgumentNullException.ThrowIfNull(user);
        log.Refused(user.Identity?.Name ?? "(anonymous)", RoleOf(user), what);
    }

    private async Task<bool> DecideAsync(ClaimsPrincipal user, SchemeId scheme, string owner, bool byRole, string verb, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (byRole || (await OwnersOfAsync(user, scheme, ct)).Contains(owner, StringComparer.Ordinal))
        {
            return true;
        }
        LogRefused(user, $"{verb} owner \"{owner}\" of scheme {scheme}");
        return false;
    }
}
