using Redev.Payout;
using Redev.Primitives;

namespace Redev.Completion;

/// <summary>
/// Pays sale proceeds in order: selling costs, then the fund's creditors in the order given, then the
/// convener's fee on what is left (rounded down to the cent), then the holders pro rata by units with the
/// payout rule (<see cref="PayoutSplit"/>: largest remainder, ties by holder id), a pledged holding's share
/// to its mortgagee. Each step is paid in full before the next; a step the proceeds cannot cover is paid as
/// far as they go, in order, and the shortfall is reported. The lines add up to the proceeds exactly.
/// </summary>
public static class Waterfall
{
    public static WaterfallResult Pay(Cents proceeds, Cents sellingCosts, IReadOnlyList<Creditor> creditors, FeeRate feeRate, IReadOnlyList<PayoutHolding> holders)
    {
        ArgumentNullException.ThrowIfNull(creditors);
        ArgumentNullException.ThrowIfNull(holders);
        ArgumentOutOfRangeException.ThrowIfNegative(proceeds.Value, nameof(proceeds));
        ArgumentOutOfRangeException.ThrowIfNegative(sellingCosts.Value, nameof(sellingCosts));
        var lines = new List<WaterfallLine>();
        var left = proceeds.Value;
        long unpaid = 0;
        void Senior(WaterfallStep step, string name, long owed, string holder)
        {
            var paid = Math.Min(owed, left);
            left -= paid;
            unpaid += owed - paid;
            if (paid > 0)
            {
                lines.Add(new WaterfallLine(step, name, name, 0, new Cents(paid), holder));
            }
        }
        Senior(WaterfallStep.SellingCosts, "selling costs", sellingCosts.Value, "");
        foreach (var c in creditors)
        {
            Senior(WaterfallStep.Creditor, c.Name, c.Owed.Value, c.Holder);
        }
        if (holders.Sum(h => (decimal)h.Units) == 0)
        {
            // Nobody to pay pro rata: what is left stays in escrow, and the result says how much by not paying it.
            return new WaterfallResult(proceeds, lines, new Cents(unpaid), new Cents(left));
        }
        var split = PayoutSplit.Split(new Cents(left), feeRate, holders);
        if (split.Fee.Value > 0)
        {
            lines.Add(new WaterfallLine(WaterfallStep.ConvenerFee, "convener's fee", "convener", 0, split.Fee));
        }
        lines.AddRange(split.Lines.Select(l => new WaterfallLine(WaterfallStep.Holder, l.Holder, l.Payee, l.Units, l.Cents, l.Holder)));
        return new WaterfallResult(proceeds, lines, new Cents(unpaid), Cents.Zero);
    }
}
