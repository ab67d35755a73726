using System.Globalization;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Schemes;

namespace Redev.App.Schemes;

/// <summary>Opens a draft scheme (convener).</summary>
public sealed class CreateScheme(RedevStore store, TimeProvider clock)
{
    public async Task<Result<Scheme>> RunAsync(Caller caller, CreateSchemeCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "create a scheme");
        }
        var now = clock.GetUtcNow();
        if (!SchemeId.TryParse(command.Id?.Trim(), out var id))
        {
            return Refusal.With("bad-scheme-id", $"id: \"{command.Id}\" is not a scheme id; use 1-40 lower-case letters, digits and dashes, e.g. tkt-88.", ("id", command.Id ?? ""));
        }
        if (Scheme.CheckName(command.Name) is { } badName)
        {
            return badName;
        }
        if (command.CompletionYear < 1800 || command.CompletionYear > now.Year)
        {
            return new Refusal("bad-completion-year",
                string.Create(CultureInfo.InvariantCulture, $"completion year: must be between 1800 and {now.Year} (got {command.CompletionYear})."));
        }
        if (command.OutsideIndustrialZone && !command.Industrial)
        {
            return new Refusal("bad-options", "outside an industrial zone applies only to an industrial building.");
        }
        var scheme = new Scheme(id, command.Name!.Trim(), new LotFacts(command.CompletionYear, command.DesignatedArea, command.Industrial, command.OutsideIndustrialZone), now);
        try
        {
            await store.Schemes.CreateAsync(scheme, ct);
        }
        catch (DuplicateSchemeException ex)
        {
            return Refusal.With("duplicate-scheme", ex.Message, ("scheme", id.Value));
        }
        return Result<Scheme>.Done(scheme);
    }
}
