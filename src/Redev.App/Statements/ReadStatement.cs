using System.Globalization;
using Redev.App.Holders;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Statements;
using Redev.Store;

namespace Redev.App.Statements;

/// <summary>
/// A holder's statement for a scheme and period, built from the journal by the domain's
/// <see cref="StatementBuilder"/>. Who may read it is the holdings' rule: a holder only the ledger holders
/// <see cref="HolderAccess"/> gives them in that scheme; staff (convener, notary, certifier, the operator) anyone's,
/// to answer an owner at the counter. A holder asking for someone else's is refused before anything is looked up,
/// so the answer does not tell them whether that holder exists.
/// </summary>
public sealed class ReadStatement(RedevStore store, HolderAccess access, TimeProvider clock)
{
    public async Task<Result<HolderStatement>> RunAsync(Caller caller, StatementCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (await SchemeLookup.FindAsync(store, command.Scheme, ct) is not { } scheme)
        {
            return AppRefusals.NoScheme(command.Scheme ?? "");
        }
        if (string.IsNullOrWhiteSpace(command.Holder))
        {
            return Refusal.With("bad-input", "holder: say whose statement to read (the ledger holder, e.g. an owner as written in the register).", ("field", "holder"));
        }
        var holder = command.Holder;
        if (!caller.Role.IsStaff() && !(await access.LedgerHoldersOfAsync(caller, scheme.Id, ct)).Contains(holder, StringComparer.Ordinal))
        {
            return Refusal.With("not-your-holding", $"You may read only your own statements, not those of \"{holder}\".", ("holder", holder));
        }
        if (ParseDate(command.From, "from", out var from) is { } badFrom)
        {
            return badFrom;
        }
        if (ParseDate(command.To, "to", out var to) is { } badTo)
        {
            return badTo;
        }
        var entries = await store.Journal.EntriesAsync(scheme.Id, holder, ct);
        if (entries.Count == 0)
        {
            return Refusal.With("unknown-holder", $"\"{holder}\" has no account in scheme {scheme.Id}.", ("holder", holder), ("scheme", scheme.Id.Value));
        }
        // The period runs to now by default: up to tomorrow (excluded) in Hong Kong, which no entry has reached yet.
        var tomorrow = Scheme.HongKongDate(clock.GetUtcNow()).AddDays(1);
        var first = from ?? Scheme.HongKongDate(entries[0].Timestamp);
        var end = to ?? tomorrow;
        if (first >= end || end > tomorrow)
        {
            return Refusal.With("bad-period",
                $"The period from {first:yyyy-MM-dd} to {end:yyyy-MM-dd} must start before it ends and end no later than {tomorrow:yyyy-MM-dd} (the day after today, Hong Kong).",
                ("from", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        // Cash paid to or for the holder leaves through @cash-out and top-ups come in through @cash-in: only their
        // metadata names the holder, so the builder is given those entries and keeps the ones naming this holder.
        var cash = (await store.Journal.EntriesAsync(scheme.Id, SystemAccounts.CashOut, ct))
            .Concat(await store.Journal.EntriesAsync(scheme.Id, SystemAccounts.CashIn, ct));
        var navs = await store.Building.ValuationsAsync(scheme.Id, ct);
        return Result<HolderStatement>.Done(StatementBuilder.Build(scheme.Id, holder, new StatementPeriod(first, end), entries, cash, navs));
    }

    /// <summary>Reads a Hong Kong date written YYYY-MM-DD (none when not given); the refusal when it is not one.</summary>
    private static Refusal? ParseDate(string? text, string field, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return null;
        }
        return Refusal.With("bad-statement-date", $"{field}: \"{text}\" is not a date written YYYY-MM-DD.", ("field", field));
    }
}
