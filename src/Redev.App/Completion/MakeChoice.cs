using Redev.App.Holders;
using Redev.Completion;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// A holder chooses a flat, cash or the income fund while the window is open (docs/completion.md): for the
/// ledger holders it acts for, or the convener for any holder from a signed form. A later choice replaces
/// an earlier one until the deadline.
/// </summary>
public sealed class MakeChoice(RedevStore store, NotarySeal notary, TimeProvider clock, HolderAccess access)
{
    public async Task<Result<ChoiceRecord>> RunAsync(Caller caller, ChooseCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener, Role.Owner, Role.Developer, Role.Investor))
        {
            return AppRefusals.Forbidden(caller, "choose what units become");
        }
        var now = clock.GetUtcNow();
        var loaded = await CompletionInput.LoadAsync(store, command.Scheme, now, ct, SchemeState.Completed);
        if (!loaded.Succeeded)
        {
            return loaded.Refusal!;
        }
        var facts = loaded.Value!;
        if (facts.Window is not { } window)
        {
            return new Refusal("no-choice-window", $"Scheme {facts.Scheme.Id}: the choice window is not open yet.");
        }
        if (!window.Accepts(Scheme.HongKongDate(now)))
        {
            return Refusal.With("window-closed", $"Scheme {facts.Scheme.Id}: the choice window closed (deadline {window.Deadline:yyyy-MM-dd}); the default applies.",
                ("deadline", window.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        var holder = command.Holder?.Trim() ?? "";
        if (!caller.Is(Role.Convener))
        {
            var mine = await access.LedgerHoldersOfAsync(caller, facts.Scheme.Id, ct);
            if (holder.Length == 0 && mine.Count > 0)
            {
                holder = mine.FirstOrDefault(h => facts.Holders.Any(p => p.Holder == h && p.Units > 0)) ?? mine[0];
            }
            if (!mine.Contains(holder, StringComparer.Ordinal))
            {
                return AppRefusals.NotYours("choose");
            }
        }
        if (facts.Holders.FirstOrDefault(p => p.Holder == holder && p.Units > 0) is null)
        {
            return Refusal.With("not-a-holder", $"holder: \"{holder}\" holds no units of scheme {facts.Scheme.Id}.", ("holder", holder));
        }
        var text = command.Choice?.Trim() ?? "";
        if (!Enum.TryParse<PayoutChoice>(text, ignoreCase: true, out var choice) || int.TryParse(text, out _))
        {
            return Refusal.With("bad-choice", $"choice: \"{command.Choice}\" must be flat, cash or income.", ("field", "choice"));
        }
        var record = new ChoiceRecord(holder, choice.ToString().ToLowerInvariant(), caller.Name);
        var subject = $"{holder}@{now.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        await store.Completion.AppendAsync(facts.Scheme.Id, CompletionKinds.Choice, subject, CompletionJson.Write(record), now, caller.Name, notary.Key, ct: ct);
        return Result<ChoiceRecord>.Done(record);
    }
}
