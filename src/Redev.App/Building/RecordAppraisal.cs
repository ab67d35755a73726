using System.Globalization;
using Redev.Building;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Building;

/// <summary>
/// The certifier records one independent appraiser's value and the hash of their report (docs/building.md).
/// An appraiser gives one value per date; a date whose valuation is adopted takes no more appraisals.
/// </summary>
public sealed class RecordAppraisal(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public async Task<Result<Appraisal>> RunAsync(Caller caller, AppraisalCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Certifier))
        {
            return AppRefusals.Forbidden(caller, "record appraisals (only the independent certifier does)");
        }
        if (await SchemeLookup.FindAsync(store, command.Scheme, ct) is not { } scheme)
        {
            return AppRefusals.NoScheme(command.Scheme ?? "");
        }
        if (scheme.State is not (SchemeState.Vested or SchemeState.Building or SchemeState.Completed or SchemeState.Distributed or SchemeState.Operating))
        {
            return Refusal.With("not-valued", $"Scheme {scheme.Id} is {scheme.State}; the fund is valued from vesting until it closes.", ("state", scheme.State.ToString()));
        }
        var now = clock.GetUtcNow();
        if (!ValuationDates.TryParse(command.Date, Scheme.HongKongDate(now), out var date, out var dateRefusal))
        {
            return dateRefusal!;
        }
        var appraiser = command.Appraiser?.Trim() ?? "";
        if (appraiser.Length is 0 or > 100 || appraiser.Any(char.IsControl))
        {
            return Refusal.With("bad-appraiser", "appraiser: name the appraiser (the firm), 1 to 100 characters.", ("field", "appraiser"));
        }
        if (!Cents.TryParseHkd(command.Value, out var value) || value.Value <= 0)
        {
            return Refusal.With("bad-amount", $"value: \"{command.Value}\" is not a positive HKD amount with at most 2 decimals.", ("field", "value"));
        }
        var hash = command.ReportHash?.Trim().ToLowerInvariant() ?? "";
        if (hash.Length != 64 || !hash.All(Uri.IsHexDigit))
        {
            return Refusal.With("bad-evidence", "reportHash: give the SHA-256 of the appraisal report, 64 hex digits.", ("field", "reportHash"));
        }
        if ((await store.Building.ValuationsAsync(scheme.Id, ct)).Any(v => v.ValuedOn == date))
        {
            return Refusal.With("valuation-adopted", $"The valuation of scheme {scheme.Id} on {date:yyyy-MM-dd} is already adopted; record a new round on another date.",
                ("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        var appraisal = new Appraisal(date, appraiser, value, hash);
        if (!await store.Building.AddAppraisalAsync(scheme.Id, appraisal, now, caller.Name, notary.Key, ct))
        {
            return Refusal.With("appraisal-recorded", $"{appraiser} already has an appraisal of scheme {scheme.Id} on {date:yyyy-MM-dd}; each appraiser gives one value per date.",
                ("appraiser", appraiser));
        }
        return Result<Appraisal>.Done(appraisal);
    }
}
