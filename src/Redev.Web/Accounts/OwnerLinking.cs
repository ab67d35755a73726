using Redev.Schemes;
using Redev.Web.Hosting;
using Redev.Web.Ledger;
using Redev.Web.Schemes;

namespace Redev.Web.Accounts;

/// <summary>
/// The notary's act of tying an owner account to a register owner, after checking the person's
/// identity. Until then an owner account reaches nobody's records. Each link is also an entry of
/// the scheme's audit trail in the ledger, signed with the notary's key, and a checkpoint then signs the trail's length.
/// </summary>
public sealed class OwnerLinking(AccountStore accounts, SchemeService schemes, NotarySigner notary, ILogger<OwnerLinking> log)
{
    public async Task<(OwnerLink? Link, Refusal? Refusal)> LinkAsync(SchemeId id, string? userName, string? owner, string notaryUser, CancellationToken ct = default)
    {
        if (await schemes.GetAsync(id, ct) is not { } scheme)
        {
            return (null, new Refusal("no-scheme", $"There is no scheme {id}."));
        }
        if (string.IsNullOrWhiteSpace(owner) || scheme.Register?.OwnsAny(owner) != true)
        {
            return (null, new Refusal("unknown-owner", $"owner: \"{owner}\" is not an owner in the register of scheme {id} (owners are matched exactly as written)."));
        }
        var user = string.IsNullOrWhiteSpace(userName) ? null : await accounts.FindAsync(userName, ct);
        if (user is null || user.Role != Roles.Owner)
        {
            return (null, new Refusal("unknown-owner-account", $"userName: \"{userName}\" is not an account with the owner role."));
        }
        var link = new OwnerLink(id.Value, owner, user.UserName, notaryUser, schemes.Now);
        if (await accounts.LinkOwnerAsync(link, notary.Key, ct) is not { } record)
        {
            return (null, new Refusal("already-linked", $"\"{owner}\" of scheme {id} is already linked to an account."));
        }
        log.OwnerLinked(notaryUser, user.UserName, owner, id.Value, record.Seq);
        return (link, null);
    }
}
