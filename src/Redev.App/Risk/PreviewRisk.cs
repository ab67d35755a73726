using Redev.App.Holders;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Risk;

/// <summary>
/// One owner's risk before consent (the owner's own linked holder, or staff): the scheme's Monte Carlo,
/// run once per change of its inputs and shared by every owner of the scheme.
/// </summary>
public sealed class PreviewRisk(RedevStore store, HolderAccess access, SchemeRisks risks)
{
    public async Task<Result<OwnerRisk>> RunAsync(Caller caller, string? scheme, string? owner, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await SchemeLookup.FindAsync(store, scheme, ct) is not { } s)
        {
            return AppRefusals.NoScheme(scheme ?? "");
        }
        var sid = s.Id;
        if (string.IsNullOrWhiteSpace(owner))
        {
            return AppRefusals.MissingOwner;
        }
        if (!await access.MaySeeOwnerAsync(caller, sid, owner, ct))
        {
            return Refusal.With("not-your-holding", $"You may see only your own risk summary; your account is not linked to \"{owner}\" in scheme {sid}.", ("owner", owner));
        }
        if (s.Register is null)
        {
            // No register, no risk: the model says why (no-register), before any owner can be looked up.
            return risks.For(s).Refusal ?? throw new InvalidOperationException($"Scheme {sid} has no register but its risk ran.");
        }
        if (!s.Register.OwnsAny(owner))
        {
            return Refusal.With("no-owner", $"\"{owner}\" is not an owner in the register of scheme {sid} (owners are matched exactly as written).", ("owner", owner));
        }
        var risk = risks.For(s);
        if (risk.Refusal is { } r)
        {
            return r;
        }
        if (risk.Report?.For(owner) is { HoldOut: true } o)
        {
            return Refusal.With("hold-out", $"\"{owner}\" did not consent before the scheme vested; their shares were bought at the compulsory sale " +
                $"(offer today {o.AcquisitionOffer}), so they hold no fund units and have no outcome to simulate.", ("owner", owner));
        }
        return Result<OwnerRisk>.Done(new OwnerRisk(sid.Value, owner, risk));
    }

    /// <summary>The scheme's run for staff pages and the CLI, which show every owner.</summary>
    public async Task<Result<SchemeRisk>> ForSchemeAsync(Caller caller, string? scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Role.IsStaff())
        {
            return AppRefusals.Forbidden(caller, "see every owner's risk");
        }
        if (await SchemeLookup.FindAsync(store, scheme, ct) is not { } s)
        {
            return AppRefusals.NoScheme(scheme ?? "");
        }
        var risk = risks.For(s);
        return risk.Refusal is { } r ? r : Result<SchemeRisk>.Done(risk);
    }
}
