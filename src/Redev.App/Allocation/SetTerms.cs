using Redev.App.Schemes;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Allocation;

/// <summary>
/// Sets a draft scheme's terms, and keeps the other policy's figures (when given) for the owners'
/// side-by-side preview, or clears stale ones (convener).
/// </summary>
public sealed class SetTerms(RedevStore store)
{
    private readonly SchemeChanges _changes = new(store);

    public async Task<Result<Scheme>> RunAsync(Caller caller, SetTermsCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "set a scheme's terms");
        }
        var (chosen, other) = command.Terms.Build(out var refusal);
        if (chosen is null)
        {
            return refusal!;
        }
        var schedule = command.Terms.BuildSchedule(out refusal);
        if (refusal is not null)
        {
            return refusal;
        }
        var change = await _changes.ChangeAsync(command.Scheme, s => s.SetTerms(chosen, schedule), ct);
        if (change.Succeeded)
        {
            if (other is null)
            {
                await store.ComparisonTerms.ClearAsync(change.Value.Id.Value, ct);
            }
            else
            {
                await store.ComparisonTerms.SaveAsync(change.Value.Id.Value, other, ct);
            }
        }
        return change;
    }
}
