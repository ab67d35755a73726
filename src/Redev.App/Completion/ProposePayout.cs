using System.Globalization;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// The convener proposes a payout (docs/completion.md): the waterfall of sale proceeds, or a year's income.
/// Nothing moves yet; the proposal with every line and the SHA-256 of its ledger batch waits for the notary.
/// Proposing again before approval replaces nothing: the same inputs replay, other inputs are refused.
/// </summary>
public sealed class ProposePayout(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public async Task<Result<PayoutRecord>> RunAsync(Caller caller, PayoutCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "propose payouts");
        }
        var now = clock.GetUtcNow();
        var loaded = await CompletionInput.LoadAsync(store, command.Scheme, now, ct, SchemeState.Completed, SchemeState.Operating);
        if (!loaded.Succeeded)
        {
            return loaded.Refusal!;
        }
        var facts = loaded.Value!;
        var kind = command.Kind?.Trim().ToLowerInvariant() ?? "";
        long amount = 0;
        if (!string.IsNullOrWhiteSpace(command.Amount))
        {
            if (CompletionInput.Amount("amount", command.Amount, false, out var a) is { } bad)
            {
                return bad;
            }
            amount = a.Value;
        }
        long fee = 0;
        if (!string.IsNullOrWhiteSpace(command.ManagementFee))
        {
            if (CompletionInput.Amount("managementFee", command.ManagementFee, true, out var f) is { } bad)
            {
                return bad;
            }
            fee = f.Value;
        }
        var creditors = new List<CreditorRecord>();
        foreach (var line in command.Creditors ?? [])
        {
            var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || CompletionInput.Name("creditors", parts[0], out var name) is not null
                || CompletionInput.Amount("creditors", parts[1], false, out var owed) is not null)
            {
                return Refusal.With("bad-creditor", $"creditors: \"{line}\" must be written name=HKD, e.g. \"Lee & Co (solicitors)=125000\".", ("field", "creditors"));
            }
            creditors.Add(new CreditorRecord(name, owed.Value));
        }
        var key = kind switch
        {
            "sale" => PayoutPlanner.NextSaleKey(facts),
            "income" => "income-" + (command.Year?.Trim() ?? ""),
            _ => "",
        };
        var inputs = new PayoutRecord(kind, key, amount, command.FeeRate?.Trim() ?? "0", fee, [.. creditors], "", []);
        var plan = await PayoutPlanner.PlanAsync(store, facts, inputs, Scheme.HongKongDate(now), ct);
        if (!plan.Succeeded)
        {
            return plan.Refusal!;
        }
        var record = plan.Value!.Record;
        if (facts.Paid.ContainsKey(key))
        {
            return Refusal.With("payout-done", $"Payout {key} of scheme {facts.Scheme.Id} is already paid.", ("key", key));
        }
        if (facts.Proposed.TryGetValue(key, out var earlier))
        {
            return earlier.BatchSha256 == record.BatchSha256 ? Result<PayoutRecord>.Done(earlier)
                : Refusal.With("payout-pending", $"Payout {key} is already proposed (batch {earlier.BatchSha256[..12]}…) and waits for the notary.", ("key", key));
        }
        await store.Completion.AppendAsync(facts.Scheme.Id, CompletionKinds.PayoutProposed, key, CompletionJson.Write(record), now, caller.Name, notary.Key, ct: ct);
        return Result<PayoutRecord>.Done(record);
    }

    internal static string Cents(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
