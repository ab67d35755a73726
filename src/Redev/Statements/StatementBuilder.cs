using Redev.Building;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Statements;

/// <summary>
/// Builds a holder's statement from the journal alone, by the same balance rule the ledger writes and replays with
/// (<see cref="AccountBalance.Effect"/>): only posted moves count (<c>Posted</c> and <c>PostPending</c>); a
/// proposal waiting for the notary (<c>Pending</c>) and a rejected one (<c>VoidPending</c>) move nothing, and
/// appear on the statement of the period in which the notary approved them. Pure: the caller reads the entries.
/// </summary>
public static class StatementBuilder
{
    /// <param name="holderEntries">Entries with the holder on either leg (every units account, free or pledged, and their HKD account).</param>
    /// <param name="cashEntries">The scheme's cash entries that may name the holder in their metadata (those through
    /// <c>@cash-out</c> and <c>@cash-in</c>); those naming someone else are ignored.</param>
    /// <param name="navHistory">Every adopted valuation of the scheme, with the NAV each set.</param>
    public static HolderStatement Build(SchemeId scheme, string holder, StatementPeriod period,
        IEnumerable<LedgerEntry> holderEntries, IEnumerable<LedgerEntry> cashEntries, IEnumerable<AdoptedValuation> navHistory)
    {
        ArgumentException.ThrowIfNullOrEmpty(holder);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(holderEntries);
        ArgumentNullException.ThrowIfNull(cashEntries);
        ArgumentNullException.ThrowIfNull(navHistory);
        var entries = holderEntries.Concat(cashEntries)
            .Where(e => e.Scheme == scheme && e.Timestamp < period.End && Moves(e.Kind))
            .DistinctBy(e => e.Seq)
            .OrderBy(e => e.Seq)
            .ToArray();
        var opening = 0L;
        var units = 0L;
        var movements = new List<StatementMovement>();
        // The closing figure is replayed on its own, account by account, so the statement's invariant compares
        // two sums reached differently rather than one sum with itself.
        var accounts = new Dictionary<AccountRef, long>();
        foreach (var e in entries)
        {
            var (debit, credit) = AccountBalance.Effect(e.Kind, e.Amount);
            if (e.Debit.Holder == holder && e.Asset == Asset.Units)
            {
                accounts[e.Debit] = checked(accounts.GetValueOrDefault(e.Debit) + debit.Balance);
            }
            if (e.Credit.Holder == holder && e.Asset == Asset.Units)
            {
                accounts[e.Credit] = checked(accounts.GetValueOrDefault(e.Credit) + credit.Balance);
            }
            if (Movement(e, holder, units) is not { } m)
            {
                continue;
            }
            if (e.Timestamp < period.Start)
            {
                opening = checked(opening + m.UnitsChange);
                units = opening;
                continue;
            }
            units = m.UnitsAfter;
            movements.Add(m);
        }
        var closing = accounts.Values.Sum();
        var nav = navHistory.Where(v => v.AdoptedAt < period.End).OrderBy(v => v.AdoptedAt).LastOrDefault() is { } last
            ? new StatementNav(last.ValuedOn, last.AdoptedAt, last.Nav.PerUnit)
            : null;
        return new HolderStatement(scheme, holder, period, opening, movements, closing, nav);
    }

    /// <summary>Only these kinds move balances; a pending reservation and its void leave every balance as it was.</summary>
    private static bool Moves(EntryKind kind) => kind is EntryKind.Posted or EntryKind.PostPending;

    /// <summary>What one entry did for the holder, or null when it touched neither their units nor cash for them.</summary>
    private static StatementMovement? Movement(LedgerEntry e, string holder, long unitsBefore)
    {
        var notes = EntryNotes.Read(e.Metadata);
        var fromHolder = e.Debit.Holder == holder;
        var toHolder = e.Credit.Holder == holder;
        long unitsIn = 0, unitsOut = 0, pledged = 0, cashTo = 0, cashFrom = 0;
        string counterparty;
        if (e.Asset == Asset.Units)
        {
            if (!fromHolder && !toHolder)
            {
                return null;
            }
            if (fromHolder && toHolder)
            {
                // A pledge or release between the holder's own accounts: the units stay theirs.
                pledged = (e.Credit.IsPledged ? e.Amount : 0) - (e.Debit.IsPledged ? e.Amount : 0);
                counterparty = e.Credit.IsPledged ? e.Credit.PledgedTo : e.Debit.PledgedTo;
            }
            else
            {
                unitsIn = toHolder ? e.Amount : 0;
                unitsOut = fromHolder ? e.Amount : 0;
                counterparty = toHolder ? e.Debit.Holder : e.Credit.Holder;
            }
        }
        else if (fromHolder || toHolder)
        {
            // Cash through the holder's own HKD account (the cash side of a trade).
            cashTo = toHolder && !fromHolder ? e.Amount : 0;
            cashFrom = fromHolder && !toHolder ? e.Amount : 0;
            counterparty = toHolder ? e.Debit.Holder : e.Credit.Holder;
        }
        else if (notes.Holder == holder && e.Credit.Holder == SystemAccounts.CashOut)
        {
            cashTo = e.Amount;
            counterparty = e.Debit.Holder;
        }
        else if (notes.Holder == holder && e.Debit.Holder == SystemAccounts.CashIn)
        {
            cashFrom = e.Amount;
            counterparty = e.Credit.Holder;
        }
        else
        {
            // Cash that neither leaves the fund nor enters it is not a payment to or from the holder.
            return null;
        }
        return new StatementMovement(e.Timestamp, e.Seq, e.Id, Convert.ToHexStringLower(e.Hash), e.Kind, e.Code, counterparty,
            unitsIn, unitsOut, pledged, cashTo, cashFrom, notes.Payee, notes.Step, notes.Flat, checked(unitsBefore + unitsIn - unitsOut));
    }
}
