using System.Globalization;
using Redev.Allocation;
using Redev.Registers;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Schemes;
using Redev.Text;

namespace Redev.Web.Schemes;

/// <summary>What a convener fills in to open a draft scheme.</summary>
public sealed record CreateSchemeInput(string? Id, string? Name, int CompletionYear, bool DesignatedArea = false, bool Industrial = false, bool OutsideIndustrialZone = false);

/// <summary>
/// The scheme operations the pages and the API share, so both check the same things and say the same
/// words: each loads the scheme, applies one guarded domain method, and saves only if it was accepted.
/// </summary>
public sealed class SchemeService(RedevStore store, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public Task<IReadOnlyList<SchemeSummary>> ListAsync(CancellationToken ct = default) => store.Schemes.ListAsync(ct);

    public Task<Scheme?> GetAsync(SchemeId id, CancellationToken ct = default) => store.Schemes.GetAsync(id, ct);

    public async Task<SchemeChange> CreateAsync(CreateSchemeInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = Now;
        if (!SchemeId.TryParse(input.Id?.Trim(), out var id))
        {
            return SchemeChange.Refused(new Refusal("bad-scheme-id", $"id: \"{input.Id}\" is not a scheme id; use 1-40 lower-case letters, digits and dashes, e.g. tkt-88."));
        }
        if (Scheme.CheckName(input.Name) is { } badName)
        {
            return SchemeChange.Refused(badName);
        }
        if (input.CompletionYear < 1800 || input.CompletionYear > now.Year)
        {
            return SchemeChange.Refused(new Refusal("bad-completion-year",
                string.Create(CultureInfo.InvariantCulture, $"completionYear: must be between 1800 and {now.Year} (got {input.CompletionYear}).")));
        }
        if (input.OutsideIndustrialZone && !input.Industrial)
        {
            return SchemeChange.Refused(new Refusal("bad-options", "outsideIndustrialZone applies only to an industrial building."));
        }
        var scheme = new Scheme(id, input.Name!, new LotFacts(input.CompletionYear, input.DesignatedArea, input.Industrial, input.OutsideIndustrialZone), now);
        try
        {
            await store.Schemes.CreateAsync(scheme, ct);
        }
        catch (DuplicateSchemeException ex)
        {
            return SchemeChange.Refused(new Refusal("duplicate-scheme", ex.Message));
        }
        return SchemeChange.Done(scheme);
    }

    /// <summary>
    /// Applies <paramref name="change"/> and saves it. When someone else saved the scheme in between,
    /// reads it again and re-applies the change, so the rules are always checked against the latest state.
    /// </summary>
    public async Task<SchemeChange> ChangeAsync(SchemeId id, Func<Scheme, Refusal?> change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var scheme = await store.Schemes.GetAsync(id, ct);
            if (scheme is null)
            {
                return SchemeChange.Missing;
            }
            var version = scheme.Version;
            if (change(scheme) is { } refusal)
            {
                return SchemeChange.Refused(refusal);
            }
            try
            {
                await store.Schemes.SaveAsync(scheme, version, ct);
                return SchemeChange.Done(scheme);
            }
            catch (ConcurrentChangeException) when (attempt < 5)
            {
                // Someone else saved first; go round again on the newer scheme.
            }
        }
    }

    public Task<SchemeChange> AdvanceAsync(SchemeId id, string? to, string? deadline, string? note, CancellationToken ct = default)
    {
        if (!Enum.TryParse<SchemeState>(to, ignoreCase: true, out var state) || int.TryParse(to, out _))
        {
            return Task.FromResult(SchemeChange.Refused(new Refusal("bad-state",
                $"to: \"{to}\" is not a state; use one of {string.Join(", ", Enum.GetNames<SchemeState>().Select(n => n.ToLowerInvariant()))}.")));
        }
        DateOnly? d = null;
        if (!string.IsNullOrWhiteSpace(deadline))
        {
            if (!DateOnly.TryParseExact(deadline.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Task.FromResult(SchemeChange.Refused(new Refusal("bad-deadline", $"deadline: \"{deadline}\" is not a date in the form YYYY-MM-DD.")));
            }
            d = parsed;
        }
        var now = Now;
        return ChangeAsync(id, s => s.Advance(state, now, ThresholdTable.Cap545, d, note?.Trim() ?? ""), ct);
    }

    /// <summary>Validates the whole file first; on any problem nothing is saved and every problem is returned.</summary>
    public async Task<SchemeChange> ImportRegisterAsync(SchemeId id, string fileName, string text, CancellationToken ct = default)
    {
        var scheme = await store.Schemes.GetAsync(id, ct);
        if (scheme is null)
        {
            return SchemeChange.Missing;
        }
        var parsed = RegisterCsv.Parse(fileName, text, scheme.Terms?.Weights == WeightBasis.Appraised);
        if (!parsed.Succeeded)
        {
            return SchemeChange.Invalid(parsed.Problems);
        }
        return await ChangeAsync(id, s => s.ImportRegister(parsed.Register!), ct);
    }

    public Task<SchemeChange> AddConsentAsync(SchemeId id, string owner, CancellationToken ct = default)
    {
        var now = Now;
        return ChangeAsync(id, s => s.AddConsent(owner, now), ct);
    }

    public Task<SchemeChange> WithdrawConsentAsync(SchemeId id, string owner, CancellationToken ct = default)
    {
        var now = Now;
        return ChangeAsync(id, s => s.WithdrawConsent(owner, now), ct);
    }

    /// <summary>The single problem of an empty upload, in the same form as the parser's.</summary>
    public static InputProblem EmptyUpload(string fileName) => new(fileName, 1, "file", "no file was uploaded, or it is empty");
}
