using System.Globalization;
using Redev.Completion;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// The convener records a month's rent received under a lease, into the fund's cash (docs/completion.md). The
/// amount is the lease's; the month names the payment, so the same month twice replays instead of counting twice.
/// </summary>
public sealed class RecordRent(RedevStore store, TimeProvider clock)
{
    public async Task<Result<Cents>> RunAsync(Caller caller, RentCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "record rent");
        }
        var now = clock.GetUtcNow();
        var loaded = await CompletionInput.LoadAsync(store, command.Scheme, now, ct, SchemeState.Operating);
        if (!loaded.Succeeded)
        {
            return loaded.Refusal!;
        }
        var facts = loaded.Value!;
        if (CompletionInput.Month("month", command.Month, out var month) is { } badMonth)
        {
            return badMonth;
        }
        var m = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var today = Scheme.HongKongDate(now);
        if (month > new DateOnly(today.Year, today.Month, 1))
        {
            return Refusal.With("bad-month", $"month: {m} is after this month; rent is recorded when received.", ("field", "month"));
        }
        var lease = facts.Leases.FirstOrDefault(l => string.Equals(l.Flat, command.Flat?.Trim(), StringComparison.OrdinalIgnoreCase)
            && string.CompareOrdinal(l.From, m) <= 0 && string.CompareOrdinal(m, l.To) <= 0);
        if (lease is null)
        {
            return Refusal.With("no-lease", $"Flat {command.Flat} has no lease covering {m}.", ("flat", command.Flat ?? ""));
        }
        if (CompletionInput.Name("bankReference", command.BankReference, out var reference) is { } badReference)
        {
            return badReference;
        }
        var rent = new Cents(lease.MonthlyRentCents);
        var posted = await store.Ledger.SubmitAsync([CompletionTransfers.Rent(facts.Scheme.Id, lease.Flat, m, rent, lease.Tenant, reference)], ct);
        return posted.Succeeded ? Result<Cents>.Done(rent) : posted.Refusal!;
    }
}
