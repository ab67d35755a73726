using Redev.Holders;
using Redev.Store;

namespace Redev.App.Holders;

/// <summary>Registers a holder (notary): an identity with names in both languages, never derived from register text.</summary>
public sealed class RegisterHolder(RedevStore store, TimeProvider clock)
{
    public async Task<Result<Holder>> RunAsync(Caller caller, RegisterHolderCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Notary))
        {
            return AppRefusals.Forbidden(caller, "register a holder");
        }
        if (!HolderId.TryParse(command.Id?.Trim(), out var id))
        {
            return Refusal.With("bad-holder-id", $"id: \"{command.Id}\" is not a holder id; use 1-40 lower-case letters, digits and dashes.", ("id", command.Id ?? ""));
        }
        var kind = (command.Kind ?? "person").Trim().ToLowerInvariant() switch
        {
            "person" => HolderKind.Person,
            "company" => HolderKind.Company,
            _ => (HolderKind?)null,
        };
        if (kind is null)
        {
            return new Refusal("bad-input", $"kind: \"{command.Kind}\" is not a kind of holder; use person or company.");
        }
        var en = command.NameEnglish?.Trim() ?? "";
        var zh = command.NameChinese?.Trim() ?? "";
        if ((en.Length == 0 && zh.Length == 0) || en.Length > Holder.MaxNameLength || zh.Length > Holder.MaxNameLength)
        {
            return new Refusal("bad-name", $"name: give the holder's name in English or Chinese, at most {Holder.MaxNameLength} characters each.");
        }
        if (command.UserName is { Length: > 0 } user && await store.Users.FindAsync(user, ct) is null)
        {
            return Refusal.With("unknown-owner-account", $"userName: \"{user}\" is not a sign-in account.", ("user", user));
        }
        var holder = new Holder(id, kind.Value, en, zh, clock.GetUtcNow());
        return await store.Holders.CreateAsync(holder, string.IsNullOrWhiteSpace(command.UserName) ? null : command.UserName, ct)
            ? Result<Holder>.Done(holder)
            : Refusal.With("holder-exists", $"There is already a holder {id}, or the sign-in \"{command.UserName}\" already belongs to a holder.", ("holder", id.Value));
    }
}
