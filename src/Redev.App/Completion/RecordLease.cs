using System.Globalization;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>The convener records a lease of a flat the income fund kept (docs/completion.md); a flat's leases never overlap.</summary>
public sealed class RecordLease(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public async Task<Result<LeaseRecord>> RunAsync(Caller caller, LeaseCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "record leases");
        }
        var now = clock.GetUtcNow();
        var loaded = await CompletionInput.LoadAsync(store, command.Scheme, now, ct, SchemeState.Completed, SchemeState.Operating);
        if (!loaded.Succeeded)
        {
            return loaded.Refusal!;
        }
        var facts = loaded.Value!;
        var flat = facts.Kept.Keys.FirstOrDefault(k => string.Equals(k, command.Flat?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (flat is null)
        {
            return Refusal.With("flat-not-kept", $"flat: \"{command.Flat}\" is not a flat the income fund kept.", ("flat", command.Flat ?? ""));
        }
        if (CompletionInput.Name("tenant", command.Tenant, out var tenant) is { } badTenant)
        {
            return badTenant;
        }
        if (CompletionInput.Amount("monthlyRent", command.MonthlyRent, false, out Cents rent) is { } badRent)
        {
            return badRent;
        }
        if (CompletionInput.Month("from", command.From, out var from) is { } badFrom)
        {
            return badFrom;
        }
        if (CompletionInput.Month("to", command.To, out var to) is { } badTo)
        {
            return badTo;
        }
        if (to < from)
        {
            return Refusal.With("bad-month", $"to: {command.To} is before from: {command.From}.", ("field", "to"));
        }
        if (facts.Leases.Where(l => l.Flat == flat).FirstOrDefault(l => Overlaps(l, from, to)) is { } other)
        {
            return Refusal.With("lease-overlap", $"Flat {flat} is let to {other.Tenant} from {other.From} to {other.To}; leases of a flat do not overlap.", ("flat", flat));
        }
        var record = new LeaseRecord(flat, tenant, rent.Value, from.ToString("yyyy-MM", CultureInfo.InvariantCulture), to.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        await store.Completion.AppendAsync(facts.Scheme.Id, CompletionKinds.Lease, $"{flat}/{record.From}", CompletionJson.Write(record), now, caller.Name, notary.Key, ct: ct);
        return Result<LeaseRecord>.Done(record);
    }

    private static bool Overlaps(LeaseRecord l, DateOnly from, DateOnly to) =>
        string.CompareOrdinal(l.From, to.ToString("yyyy-MM", CultureInfo.InvariantCulture)) <= 0
        && string.CompareOrdinal(from.ToString("yyyy-MM", CultureInfo.InvariantCulture), l.To) <= 0;
}
