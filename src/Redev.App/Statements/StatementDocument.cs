using System.Globalization;
using Redev.Statements;

namespace Redev.App.Statements;

/// <summary>
/// A holder's statement as JSON, the same for <c>GET /api/schemes/{id}/statements/{holder}</c> and
/// <c>redev statement --json</c>: figures as whole fund units and HKD cents, dates as Hong Kong dates, instants
/// with their offset. Opening units plus every movement's units in less units out is the closing units.
/// </summary>
/// <param name="Scheme">The scheme's id.</param>
/// <param name="Holder">The ledger holder (an owner as written in the register, or an account such as @developer).</param>
/// <param name="From">The first Hong Kong date of the period (YYYY-MM-DD).</param>
/// <param name="To">The Hong Kong date after the period's last day (excluded).</param>
/// <param name="Start">Midnight starting the period, Hong Kong time.</param>
/// <param name="End">Midnight ending the period, Hong Kong time (entries at this instant are in the next period).</param>
/// <param name="OpeningUnits">Fund units (free and pledged) at the start.</param>
/// <param name="UnitsIn">Fund units received in the period.</param>
/// <param name="UnitsOut">Fund units that left in the period (transferred, cancelled).</param>
/// <param name="ClosingUnits">Fund units (free and pledged) at the end.</param>
/// <param name="DistributionsCents">Distributions paid to the holder, or to a payee for them, in HKD cents.</param>
/// <param name="CashToHolderCents">All cash paid to or for the holder, in HKD cents.</param>
/// <param name="CashFromHolderCents">Cash the holder paid in (top-ups), in HKD cents.</param>
/// <param name="Nav">The NAV in force at the end; null when no valuation had been adopted by then (the issue price is not a NAV).</param>
/// <param name="ValueCents">Closing units at that NAV in HKD cents; null without a NAV.</param>
/// <param name="ValueRule">How the value is rounded.</param>
/// <param name="Movements">Every entry of the period that moved the holder's fund units or cash for them, in ledger order.</param>
public sealed record StatementDocument(
    string Scheme, string Holder, string From, string To, DateTimeOffset Start, DateTimeOffset End,
    long OpeningUnits, long UnitsIn, long UnitsOut, long ClosingUnits,
    long DistributionsCents, long CashToHolderCents, long CashFromHolderCents,
    StatementNavDocument? Nav, long? ValueCents, string ValueRule,
    IReadOnlyList<StatementMovementDocument> Movements)
{
    public static StatementDocument Of(HolderStatement s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new StatementDocument(s.Scheme.Value, s.Holder, Date(s.Period.From), Date(s.Period.To), Hk(s.Period.Start), Hk(s.Period.End),
            s.OpeningUnits, s.UnitsIn, s.UnitsOut, s.ClosingUnits, s.Distributions.Value, s.CashToHolder.Value, s.CashFromHolder.Value,
            s.Nav is { } n ? new StatementNavDocument(Date(n.ValuedOn), Hk(n.AdoptedAt), n.PerUnitCents.Value, n.PerUnit.ToString()) : null,
            s.Value?.Value, HolderStatement.RoundingRule,
            [.. s.Movements.Select(m => new StatementMovementDocument(Hk(m.At), m.Seq, m.EntryId, m.EntryHash, Camel(m.Kind.ToString()),
                StatementWords.CodeName(m.Code), m.Counterparty, m.UnitsIn, m.UnitsOut, m.PledgedChange, m.UnitsAfter,
                m.CashToHolderCents, m.CashFromHolderCents, m.Payee, m.Step, m.Flat))]);
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset Hk(DateTimeOffset at) => at.ToOffset(Redev.Schemes.Scheme.HongKongOffset);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
