using System.Globalization;
using System.Text;
using Redev.Primitives;
using Redev.Schemes;

namespace Redev.Statements;

/// <summary>
/// The one CSV of a statement (RFC 4180: CRLF line ends, a field quoted when it holds a comma, quote or line
/// break, quotes doubled), UTF-8. First the movements under a heading row, one line per entry; then an empty
/// line; then the summary block under its own heading row (item, value). Headings and words follow the language;
/// figures never do: fund units as whole numbers, HKD as plain decimals with two places (no symbol, no
/// thousands separator), times as ISO 8601 in Hong Kong time with the offset, so a spreadsheet reads them as numbers.
/// </summary>
public static class StatementCsv
{
    public static string Write(HolderStatement statement, StatementLanguage language)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var sb = new StringBuilder();
        Line(sb, StatementWords.MovementColumns(language));
        foreach (var m in statement.Movements)
        {
            Line(sb,
            [
                m.At.ToOffset(Scheme.HongKongOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                StatementWords.CodeName(m.Code),
                StatementWords.Code(language, m.Code),
                m.Counterparty,
                Number(m.UnitsIn),
                Number(m.UnitsOut),
                Number(m.PledgedChange),
                Number(m.UnitsAfter),
                Hkd(m.CashToHolderCents),
                Hkd(m.CashFromHolderCents),
                m.Payee ?? "",
                m.Step ?? "",
                m.Flat ?? "",
                Number(m.Seq),
                m.EntryId.ToString("D"),
                m.EntryHash,
            ]);
        }
        sb.Append("\r\n");
        var (item, value) = StatementWords.SummaryColumns(language);
        Line(sb, [item, value]);
        var nav = statement.Nav;
        foreach (var (line, text) in new (SummaryLine, string)[]
        {
            (SummaryLine.Scheme, statement.Scheme.Value),
            (SummaryLine.Holder, statement.Holder),
            (SummaryLine.From, Date(statement.Period.From)),
            (SummaryLine.To, Date(statement.Period.To)),
            (SummaryLine.OpeningUnits, Number(statement.OpeningUnits)),
            (SummaryLine.UnitsIn, Number(statement.UnitsIn)),
            (SummaryLine.UnitsOut, Number(statement.UnitsOut)),
            (SummaryLine.ClosingUnits, Number(statement.ClosingUnits)),
            (SummaryLine.Distributions, Hkd(statement.Distributions.Value)),
            (SummaryLine.CashFromHolder, Hkd(statement.CashFromHolder.Value)),
            (SummaryLine.Nav, nav is null ? "" : Hkd(nav.PerUnitCents.Value)),
            (SummaryLine.NavExact, nav is null ? "" : nav.PerUnit.ToString()),
            (SummaryLine.NavValuedOn, nav is null ? StatementWords.NoValuation(language) : Date(nav.ValuedOn)),
            (SummaryLine.Value, statement.Value is { } v ? Hkd(v.Value) : ""),
            (SummaryLine.RoundingRule, StatementWords.RoundingRule(language)),
        })
        {
            Line(sb, [StatementWords.Summary(language, line), text]);
        }
        return sb.ToString();
    }

    /// <summary>Cents as HKD with two decimals and no separators: <c>1234.50</c>, <c>-0.05</c>.</summary>
    public static string Hkd(long cents) => new Cents(cents).ToDecimalString();

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder sb, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }
            sb.Append(Field(fields[i]));
        }
        sb.Append("\r\n");
    }

    /// <summary>RFC 4180: a field with a comma, quote, CR or LF is quoted, its quotes doubled.</summary>
    public static string Field(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
