using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Redev.Completion;
using Redev.Ledger;
using Redev.Payout;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// Works a payout out from the scheme's facts and its inputs, the same way when the convener proposes it and
/// when the notary approves it: if anything changed in between (a unit traded, cash moved), the batch's
/// SHA-256 differs and the approval is refused rather than paying on figures nobody saw (docs/completion.md).
/// </summary>
internal static class PayoutPlanner
{
    public const string DeveloperClaim = "developer's cost claim";

    public static async Task<Result<PayoutPlan>> PlanAsync(RedevStore store, CompletionFacts facts, PayoutRecord inputs, DateOnly today, CancellationToken ct)
    {
        return inputs.Kind switch
        {
            "sale" => PlanSale(facts, inputs),
            "income" => await PlanIncomeAsync(store, facts, inputs, today, ct),
            _ => Refusal.With("bad-payout-kind", $"kind: \"{inputs.Kind}\" must be sale or income.", ("field", "kind")),
        };
    }

    /// <summary>The key the next payout of a kind gets: <c>sale-N</c>, or <c>income-YEAR</c>.</summary>
    public static string NextSaleKey(CompletionFacts facts) =>
        "sale-" + (facts.Paid.Keys.Count(k => k.StartsWith("sale-", StringComparison.Ordinal)) + 1).ToString(CultureInfo.InvariantCulture);

    private static Result<PayoutPlan> PlanSale(CompletionFacts facts, PayoutRecord inputs)
    {
        var scheme = facts.Scheme;
        if (facts.Window is not { IsClosed: true })
        {
            return new Refusal("choice-window-open", $"Scheme {scheme.Id}: sale proceeds are paid after the choice window closes.");
        }
        if (facts.OnTurn is { } turn)
        {
            return Refusal.With("picks-unfinished", $"Scheme {scheme.Id}: {turn.Holder} has still to pick a flat.", ("holder", turn.Holder));
        }
        var windingUp = scheme.State == SchemeState.Operating;
        if (!windingUp && facts.Available.Any())
        {
            return Refusal.With("flats-undisposed", $"Scheme {scheme.Id}: {facts.Available.Count()} flat(s) are neither taken, kept nor sold; sell or keep them before paying out.",
                ("count", facts.Available.Count().ToString(CultureInfo.InvariantCulture)));
        }
        if (windingUp && facts.Kept.Keys.Any(k => !facts.Sold.ContainsKey(k)))
        {
            return Refusal.With("flats-undisposed", $"Scheme {scheme.Id}: the income fund is wound up by selling every flat it kept first.",
                ("count", facts.Kept.Keys.Count(k => !facts.Sold.ContainsKey(k)).ToString(CultureInfo.InvariantCulture)));
        }
        var payees = (windingUp ? facts.IncomeHolders : facts.CashHolders).ToArray();
        var incomeStays = !windingUp && facts.IncomeHolders.Any();
        Cents amount;
        if (incomeStays)
        {
            if (inputs.AmountCents <= 0 || inputs.AmountCents > facts.Escrow.Value)
            {
                return Refusal.With("bad-amount", $"amount: holders stay in the income fund, so give the amount paid out now, at most the {facts.Escrow} in escrow.", ("field", "amount"));
            }
            amount = new Cents(inputs.AmountCents);
        }
        else
        {
            amount = facts.Escrow;
        }
        if (!FeeRate.TryParse(string.IsNullOrWhiteSpace(inputs.FeeRate) ? "0" : inputs.FeeRate, out var rate, out _))
        {
            return Refusal.With("bad-fee-rate", $"feeRate: \"{inputs.FeeRate}\" is not a decimal from 0 up to (not including) 1, e.g. 0.015.", ("field", "feeRate"));
        }
        var paidLines = facts.Paid.Values.SelectMany(p => p.Lines).ToArray();
        var costs = facts.Sold.Values.Sum(s => s.CostsCents) - paidLines.Where(l => l.Step == "selling-costs").Sum(l => l.Cents);
        var creditors = new List<Creditor>();
        var claim = facts.Building.Liabilities.Value;
        if (claim > 0)
        {
            creditors.Add(new Creditor(DeveloperClaim, new Cents(claim)));
        }
        foreach (var t in facts.Taken.Values.Where(t => t.RefundCents > 0).OrderBy(t => t.Flat, StringComparer.Ordinal))
        {
            var owed = t.RefundCents - paidLines.Where(l => l.Step == "refund" && l.Holder == t.Holder).Sum(l => l.Cents);
            if (owed > 0)
            {
                creditors.Add(new Creditor($"refund for flat {t.Flat}", new Cents(owed), t.Holder));
            }
        }
        creditors.AddRange(inputs.Creditors.Select(c => new Creditor(c.Name, new Cents(c.Cents))));
        // One holding per units account: a pledged account's share goes to its mortgagee.
        var accounts = payees.SelectMany(p => p.Accounts).ToArray();
        var holdings = accounts.Select(a => new PayoutHolding(Key(a.Account), a.Units, a.Account.IsPledged ? a.Account.PledgedTo : null)).ToArray();
        var waterfall = Waterfall.Pay(amount, new Cents(Math.Max(0, costs)), creditors, rate, holdings);
        var byKey = accounts.ToDictionary(a => Key(a.Account), a => a.Account.Holder, StringComparer.Ordinal);
        var lines = waterfall.Lines.Select(l => l.Step == WaterfallStep.Holder ? l with { Holder = byKey[l.Holder], Name = byKey[l.Holder] } : l).ToArray();
        var mapped = new WaterfallResult(waterfall.Proceeds, lines, waterfall.OwedUnpaid, waterfall.Retained);
        var key = inputs.Key;
        var batch = CompletionTransfers.Payout(scheme.Id, key, mapped, accounts);
        var record = inputs with
        {
            AmountCents = amount.Value,
            FeeRate = rate.Text,
            BatchSha256 = Digest(batch),
            Lines = lines.Select(l => new PayoutLineRecord(StepName(l), l.Name, l.Payee, l.Holder, l.Units, l.Cents.Value)).ToArray(),
        };
        return Result<PayoutPlan>.Done(new PayoutPlan(record, batch));
    }

    private static async Task<Result<PayoutPlan>> PlanIncomeAsync(RedevStore store, CompletionFacts facts, PayoutRecord inputs, DateOnly today, CancellationToken ct)
    {
        var scheme = facts.Scheme;
        if (scheme.State != SchemeState.Operating)
        {
            return Refusal.With("not-operating", $"Scheme {scheme.Id} is {scheme.State}; income is distributed while the income fund operates.", ("state", scheme.State.ToString()));
        }
        if (!int.TryParse(inputs.Key.Replace("income-", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > today.Year)
        {
            return Refusal.With("bad-year", $"year: give a calendar year from 2000 to {today.Year}.", ("field", "year"));
        }
        var entries = await store.Journal.EntriesAsync(scheme.Id, SystemAccounts.Escrow, ct);
        long rent = 0, expenses = 0;
        foreach (var e in entries)
        {
            var meta = Redev.Statements.EntryNotes.Read(e.Metadata);
            if (e.Code == TransferCode.Deposit && meta.Step == "rent" && meta.Month is { } month && month.StartsWith(year.ToString(CultureInfo.InvariantCulture) + "-", StringComparison.Ordinal))
            {
                rent += e.Amount;
            }
            else if (e.Code == TransferCode.Payment && meta.Step == "expense" && meta.Year == year.ToString(CultureInfo.InvariantCulture))
            {
                expenses += e.Amount;
            }
        }
        var earlier = facts.Paid.Where(p => p.Key.StartsWith("income-", StringComparison.Ordinal) && string.CompareOrdinal(p.Key, inputs.Key) < 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).LastOrDefault();
        var carried = earlier is null ? 0 : earlier.AmountCents - earlier.Lines.Where(l => l.Step == "income").Sum(l => l.Cents);
        var holders = facts.IncomeHolders.SelectMany(p => p.Accounts)
            .Select(a => new PayoutHolding(Key(a.Account), a.Units, a.Account.IsPledged ? a.Account.PledgedTo : null)).ToArray();
        var distribution = IncomeDistribution.Compute(new Cents(rent), new Cents(expenses), new Cents(inputs.ManagementFeeCents), new Cents(carried), holders);
        var spend = distribution.Paid + distribution.ManagementFee;
        if (spend > facts.Escrow)
        {
            return Refusal.With("insufficient", $"Scheme {scheme.Id}: the distribution and fee need {spend}, but escrow holds {facts.Escrow}.", ("escrow", facts.Escrow.ToString()));
        }
        var byKey = facts.IncomeHolders.SelectMany(p => p.Accounts).ToDictionary(a => Key(a.Account), a => a.Account.Holder, StringComparer.Ordinal);
        var mapped = IncomeDistribution.Compute(distribution.Rent, distribution.Expenses, distribution.ManagementFee, distribution.CarriedIn,
            holders.Select(h => new PayoutHolding(h.Holder, h.Units, h.Pledgee)).ToArray());
        var batch = CompletionTransfers.Income(scheme.Id, year, mapped, "manager");
        // The lines name their type: the refusal catalogue's scan reads new("code", ...) as a refusal's code.
        var lines = new List<PayoutLineRecord>
        {
            new PayoutLineRecord("rent", "rent received", "", "", 0, rent),
            new PayoutLineRecord("expenses", "expenses", "", "", 0, expenses),
            new PayoutLineRecord("carried-in", "carried from earlier years", "", "", 0, carried),
        };
        if (distribution.ManagementFee.Value > 0)
        {
            lines.Add(new PayoutLineRecord("management-fee", "management fee", "manager", "", 0, distribution.ManagementFee.Value));
        }
        lines.AddRange(mapped.Lines.Select(l => new PayoutLineRecord("income", byKey[l.Holder], l.Payee, byKey[l.Holder], l.Units, l.Cents.Value)));
        var record = inputs with
        {
            AmountCents = distribution.Distributable.Value,
            BatchSha256 = Digest(batch),
            Lines = [.. lines, new PayoutLineRecord("carried-forward", distribution.MeetsReitMinimum ? "carried to next year" : "carried to next year (below 90% of net income: fewer cents than units)", "", "", 0, distribution.CarriedForward.Value)],
        };
        return Result<PayoutPlan>.Done(new PayoutPlan(record, batch));
    }

    private static string Key(AccountRef a) => a.IsPledged ? $"{a.Holder}\u0001{a.PledgedTo}" : a.Holder;

    private static string StepName(WaterfallLine l) => l.Step switch
    {
        WaterfallStep.SellingCosts => "selling-costs",
        WaterfallStep.Creditor => l.Holder.Length > 0 ? "refund" : "creditor",
        WaterfallStep.ConvenerFee => "convener-fee",
        _ => "sale",
    };

    /// <summary>SHA-256 over each request's id, accounts, amount, code and metadata, one per line: what the notary approves.</summary>
    public static string Digest(IReadOnlyList<TransferRequest> batch)
    {
        var text = new StringBuilder();
        foreach (var r in batch)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.Id}|{r.Debit}|{r.Credit}|{r.Amount}|{r.Code}|{r.AuthorizedBy}|{r.Metadata}\n");
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
