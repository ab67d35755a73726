using System.Globalization;
using System.Numerics;
using Redev.Registers;
using Redev.Text;

namespace Redev.Payout;

/// <summary>
/// Reads the holdings a payout is split by: CSV with the header <c>holder,units</c> or
/// <c>holder,units,pledgee</c>, one holder per row. The file is checked whole and every problem is
/// reported with its line, so nothing is paid on a file that is partly wrong.
/// </summary>
/// <remarks>
/// The header is fixed (names and order, case-insensitive) rather than matched loosely: a file with a
/// column in the wrong place would otherwise pay by the wrong numbers. See docs/payout.md.
/// </remarks>
public static class HoldingsCsv
{
    /// <summary>The two headers accepted, as written in docs/payout.md.</summary>
    public static readonly IReadOnlyList<string> Headers = ["holder,units", "holder,units,pledgee"];

    private static readonly string[] Columns = ["holder", "units", "pledgee"];

    /// <summary>Parses the bytes of a file, refusing any that are not UTF-8 with the line they are on.</summary>
    public static HoldingsParseResult Parse(string fileName, ReadOnlySpan<byte> utf8)
    {
        var text = RegisterLimits.Decode(fileName, utf8, out var problem);
        return text is null
            ? new HoldingsParseResult(null, [problem! with { Message = "is not valid UTF-8 here; save the holdings as UTF-8 (CSV UTF-8 in a spreadsheet)" }])
            : Parse(fileName, text);
    }

    /// <summary>Parses <paramref name="text"/>, naming <paramref name="fileName"/> in every problem.</summary>
    public static HoldingsParseResult Parse(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvReader.Parse(text);
        }
        catch (FormatException ex)
        {
            var line = int.TryParse(ex.Message.Split(':')[0].Replace("line ", "", StringComparison.Ordinal), CultureInfo.InvariantCulture, out var l) ? l : 1;
            return Fail(new InputProblem(fileName, line, "file", "a quoted field is not closed before the end of the file"));
        }
        if (records.Count == 0)
        {
            return Fail(new InputProblem(fileName, 1, "file", "is empty: expected the header holder,units (or holder,units,pledgee) and at least one holder"));
        }

        var header = records[0];
        var width = header.Fields.Count;
        var names = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        if (width is < 2 or > 3 || !names.SequenceEqual(Columns.Take(width)))
        {
            return Fail(new InputProblem(fileName, header.Line, "header",
                "must be holder,units or holder,units,pledgee (in this order)", string.Join(",", header.Fields)));
        }
        if (records.Count == 1)
        {
            return Fail(new InputProblem(fileName, header.Line + 1, "file", "has no holders after the header"));
        }

        var problems = new List<InputProblem>();
        var holdings = new List<PayoutHolding>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        BigInteger total = 0;
        foreach (var record in records.Skip(1))
        {
            var holding = ParseRow(fileName, record, width, firstLine, problems);
            if (holding is not null)
            {
                holdings.Add(holding);
                total += holding.Units;
            }
        }
        if (problems.Count == 0 && total.IsZero)
        {
            problems.Add(new InputProblem(fileName, records[^1].Line, "units", "total zero: at least one holder needs more than 0 units to split by", "0"));
        }
        return problems.Count > 0 ? new HoldingsParseResult(null, problems) : new HoldingsParseResult(holdings, []);

        HoldingsParseResult Fail(InputProblem p) => new(null, [p]);
    }

    private static PayoutHolding? ParseRow(string file, CsvRecord record, int width, Dictionary<string, int> firstLine, List<InputProblem> problems)
    {
        var line = record.Line;
        var fields = record.Fields;
        if (fields.Count < width)
        {
            problems.Add(new InputProblem(file, line, Columns[fields.Count], $"missing: the row has {fields.Count} field(s), the header {width}"));
            return null;
        }
        if (fields.Count > width)
        {
            problems.Add(new InputProblem(file, line, "row", $"has {fields.Count} fields, the header {width}: an extra column", string.Join(",", fields.Skip(width))));
            return null;
        }
        var before = problems.Count;
        var holder = fields[0].Trim();
        if (holder.Length == 0)
        {
            problems.Add(new InputProblem(file, line, "holder", "is empty"));
        }
        else if (!firstLine.TryAdd(holder, line))
        {
            problems.Add(new InputProblem(file, line, "holder", $"appears twice (first on line {firstLine[holder]})", holder));
        }

        var unitsText = fields[1].Trim();
        long units = 0;
        if (unitsText.StartsWith('-') && unitsText.Length > 1 && unitsText[1..].All(char.IsAsciiDigit))
        {
            problems.Add(new InputProblem(file, line, "units", "must not be negative", unitsText));
        }
        else if (unitsText.Length == 0 || !unitsText.All(char.IsAsciiDigit))
        {
            problems.Add(new InputProblem(file, line, "units", "is not a whole number", unitsText));
        }
        else if (!long.TryParse(unitsText, NumberStyles.None, CultureInfo.InvariantCulture, out units))
        {
            problems.Add(new InputProblem(file, line, "units", $"is too large (at most {long.MaxValue})", unitsText));
        }

        var pledgee = width == 3 ? fields[2].Trim() : "";
        return problems.Count > before ? null : new PayoutHolding(holder, units, pledgee);
    }
}
