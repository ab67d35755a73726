using System.Globalization;
using Redev.Completion;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// The convener opens the holders' choice window (docs/completion.md). It fixes the completion NAV per unit
/// from the last adopted valuation, the deadline and the default, and draws the lottery seed, publishing only
/// its SHA-256 now; the notary's checkpoint signs the record, so the seed cannot be changed once holders choose.
/// </summary>
public sealed class OpenChoiceWindow(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public async Task<Result<ChoiceWindow>> RunAsync(Caller caller, OpenWindowCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "open the choice window");
        }
        var now = clock.GetUtcNow();
        var loaded = await CompletionInput.LoadAsync(store, command.Scheme, now, ct, SchemeState.Completed);
        if (!loaded.Succeeded)
        {
            return loaded.Refusal!;
        }
        var facts = loaded.Value!;
        if (facts.Window is { } open)
        {
            return Result<ChoiceWindow>.Done(open);
        }
        if (facts.Flats.Count == 0)
        {
            return new Refusal("no-new-register", $"Scheme {facts.Scheme.Id}: import the new building's register first; holders choose against its flats.");
        }
        if (facts.Building.CurrentNav is not { } nav)
        {
            return new Refusal("no-completion-valuation", $"Scheme {facts.Scheme.Id}: no adopted valuation to fix the completion NAV on.");
        }
        var today = Scheme.HongKongDate(now);
        if (!DateOnly.TryParseExact(command.Deadline?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline) || deadline <= today)
        {
            return new Refusal("bad-deadline", $"deadline: \"{command.Deadline}\" must be a Hong Kong date after today ({today:yyyy-MM-dd}), written YYYY-MM-DD.");
        }
        var fallbackText = string.IsNullOrWhiteSpace(command.Fallback) ? "cash" : command.Fallback.Trim();
        if (!Enum.TryParse<PayoutChoice>(fallbackText, ignoreCase: true, out var fallback) || fallback == PayoutChoice.Flat || int.TryParse(fallbackText, out _))
        {
            return Refusal.With("bad-choice", $"default: \"{command.Fallback}\" must be cash or income; nobody is given a flat they did not pick.", ("field", "default"));
        }
        var seed = LotterySeed.Create();
        var perUnit = nav.PerUnit;
        var record = new WindowRecord(deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), fallback.ToString().ToLowerInvariant(),
            perUnit.Numerator.ToString(CultureInfo.InvariantCulture), perUnit.Denominator.ToString(CultureInfo.InvariantCulture), nav.UnitsOutstanding, seed.Commitment);
        await store.Completion.AppendAsync(facts.Scheme.Id, CompletionKinds.Window, "window", CompletionJson.Write(record), now, caller.Name, notary.Key, seed.Hex, ct);
        await store.Checkpoints.SignAsync(facts.Scheme.Id, notary.Key, now, ct);
        var after = await CompletionFacts.LoadAsync(store, facts.Scheme, now, ct);
        return Result<ChoiceWindow>.Done(after.Window!);
    }
}
