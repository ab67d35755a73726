using Redev.App.Holders;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Schemes;

/// <summary>
/// Gives or withdraws a consent: an owner their own (a register owner the notary linked to them), the
/// convener anyone's (recording a signed paper form).
/// </summary>
public sealed class RecordConsent(RedevStore store, TimeProvider clock, HolderAccess access)
{
    private readonly SchemeChanges _changes = new(store);

    public Task<Result<Scheme>> GiveAsync(Caller caller, ConsentCommand command, CancellationToken ct = default) =>
        RunAsync(caller, command, withdraw: false, ct);

    public Task<Result<Scheme>> WithdrawAsync(Caller caller, ConsentCommand command, CancellationToken ct = default) =>
        RunAsync(caller, command, withdraw: true, ct);

    private async Task<Result<Scheme>> RunAsync(Caller caller, ConsentCommand command, bool withdraw, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!SchemeId.TryParse(command.Scheme, out var sid))
        {
            return AppRefusals.NoScheme(command.Scheme ?? "");
        }
        if (string.IsNullOrWhiteSpace(command.Owner))
        {
            return AppRefusals.MissingOwner;
        }
        var owner = command.Owner;
        if (!caller.Is(Role.Convener) && !(await access.OwnersOfAsync(caller, sid, ct)).Contains(owner, StringComparer.Ordinal))
        {
            return Refusal.With("not-your-holding", $"You may give or withdraw only your own consent; your account is not linked to \"{owner}\" in scheme {sid}.", ("owner", owner));
        }
        var now = clock.GetUtcNow();
        return await _changes.ChangeAsync(sid, s => withdraw ? s.WithdrawConsent(owner, now) : s.AddConsent(owner, now), ct);
    }
}
