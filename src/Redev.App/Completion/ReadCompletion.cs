using System.Globalization;
using Redev.App.Holders;
using Redev.Completion;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// Reads the completion stage for a caller (docs/completion.md). Staff see everything; owners, the developer
/// and investors see the flats, the window, the seed and the totals, and of holders and payout lines only
/// their own — never a neighbour's name, choice or payment.
/// </summary>
public sealed class ReadCompletion(RedevStore store, HolderAccess access, TimeProvider clock)
{
    public async Task<Result<CompletionView>> RunAsync(Caller caller, string? schemeId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var now = clock.GetUtcNow();
        var loaded = await CompletionInput.LoadAsync(store, schemeId, now, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Refusal!;
        }
        var facts = loaded.Value!;
        var staff = caller.Role.IsStaff();
        var mine = staff ? [] : (await access.LedgerHoldersOfAsync(caller, facts.Scheme.Id, ct)).ToHashSet(StringComparer.Ordinal);
        bool Sees(string holder) => staff || mine.Contains(holder);
        var window = facts.Window;
        var today = Scheme.HongKongDate(now);
        var order = facts.LotteryOrder.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i + 1, StringComparer.Ordinal);
        var flats = facts.Flats.Select(f =>
        {
            var taken = facts.Taken.GetValueOrDefault(f.Flat);
            var sold = facts.Sold.GetValueOrDefault(f.Flat);
            var status = sold is not null ? "sold" : taken is not null ? "taken" : facts.Kept.ContainsKey(f.Flat) ? "kept" : "available";
            return new FlatView(f.Flat, f.Floor, f.SaleableAreaSqFt, f.Value.Value, status, taken is not null && Sees(taken.Holder) ? taken.Holder : null, sold?.PriceCents);
        }).ToArray();
        var positions = facts.Holders.Where(p => Sees(p.Holder)).Select(p => new PositionView(p.Holder, p.Units, p.PledgedUnits,
            p.Chosen?.ToString().ToLowerInvariant(), p.Effective.ToString().ToLowerInvariant(), p.TakenFlat, p.Passed,
            order.TryGetValue(p.Holder, out var place) ? place : null,
            window is null ? 0 : Cents.RoundFromDollars(window.NavPerUnit * Rational.FromInteger(p.Units)).Value)).ToArray();
        PayoutRecord Filter(PayoutRecord r) => staff ? r : r with { Lines = r.Lines.Where(l => l.Holder.Length == 0 ? l.Step is not ("income" or "sale" or "refund") : Sees(l.Holder)).ToArray() };
        var statements = facts.Records.Where(r => r.Kind == CompletionKinds.Statement)
            .Select(r => CompletionJson.Read<FinalStatementRecord>(r.Body)).Where(s => Sees(s.Holder)).ToArray();
        return Result<CompletionView>.Done(new CompletionView(
            facts.Scheme.Id.Value, facts.Scheme.State.ToString().ToLowerInvariant(), flats,
            window?.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), window?.Fallback.ToString().ToLowerInvariant(),
            window is null ? null : $"{window.NavPerUnit.Numerator}/{window.NavPerUnit.Denominator}",
            window is null ? null : Cents.RoundFromDollars(window.NavPerUnit).Value,
            window?.Commitment, window?.Seed, window?.Accepts(today) == true, window?.IsClosed == true,
            facts.LotteryOrder.Count, facts.OnTurn is { } t && Sees(t.Holder) ? t.Holder : facts.OnTurn is null ? null : "",
            positions,
            facts.Proposed.Where(p => !facts.Paid.ContainsKey(p.Key)).Select(p => Filter(p.Value)).ToArray(),
            facts.Paid.Values.Select(Filter).ToArray(),
            staff ? facts.Leases : [], statements, facts.Escrow.Value, facts.UnitsOutstanding, staff));
    }
}
