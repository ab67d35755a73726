using Redev.Completion;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// The convener closes the choice window after its deadline (docs/completion.md): the seed is published
/// with the lottery order of the holders who chose a flat, which anyone can recompute with
/// <c>redev lottery order</c> from the seed and the list of those holders.
/// </summary>
public sealed class CloseChoiceWindow(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public async Task<Result<WindowClosedRecord>> RunAsync(Caller caller, string? schemeId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "close the choice window");
        }
        var now = clock.GetUtcNow();
        var loaded = await CompletionInput.LoadAsync(store, schemeId, now, ct, SchemeState.Completed);
        if (!loaded.Succeeded)
        {
            return loaded.Refusal!;
        }
        var facts = loaded.Value!;
        if (facts.Window is not { } window)
        {
            return new Refusal("no-choice-window", $"Scheme {facts.Scheme.Id}: the choice window is not open yet.");
        }
        if (window.IsClosed)
        {
            return Result<WindowClosedRecord>.Done(new WindowClosedRecord(window.Seed!, [.. facts.LotteryOrder]));
        }
        if (Scheme.HongKongDate(now) <= window.Deadline)
        {
            return Refusal.With("window-still-open", $"Scheme {facts.Scheme.Id}: choices count until the end of {window.Deadline:yyyy-MM-dd} (Hong Kong); close the window after that.",
                ("deadline", window.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        var secret = await store.Completion.SecretAsync(facts.Scheme.Id, CompletionKinds.Window, "window", ct);
        var seed = LotterySeed.Parse(secret, out _) ?? throw new InvalidDataException($"Scheme {facts.Scheme.Id}: the stored lottery seed is unreadable.");
        if (!seed.Matches(window.Commitment))
        {
            throw new InvalidDataException($"Scheme {facts.Scheme.Id}: the stored seed does not match its published commitment.");
        }
        var flatChoosers = facts.Holders.Where(p => p.Units > 0 && p.Effective == PayoutChoice.Flat).Select(p => p.Holder);
        var order = LotteryDraw.Order(seed, flatChoosers).Select(t => t.Holder).ToArray();
        var record = new WindowClosedRecord(seed.Hex, order);
        await store.Completion.AppendAsync(facts.Scheme.Id, CompletionKinds.WindowClosed, "window", CompletionJson.Write(record), now, caller.Name, notary.Key, ct: ct);
        await store.Checkpoints.SignAsync(facts.Scheme.Id, notary.Key, now, ct);
        return Result<WindowClosedRecord>.Done(record);
    }
}
