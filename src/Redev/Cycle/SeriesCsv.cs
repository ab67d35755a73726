using System.Globalization;
using Redev.Text;

namespace Redev.Cycle;

/// <summary>
/// Reads a dated series from CSV (<c>date,value</c>; FRED's <c>observation_date,SERIES_ID</c> and
/// <c>DATE,VALUE</c> with <c>.</c> for missing; long files with a region or country column) and brings it
/// to the monthly calendar. A file with any bad row is refused whole, so a signal is never computed
/// from a silently shortened series.
/// </summary>
public static class SeriesCsv
{
    private static readonly string[] DateColumns = ["date", "observation_date"];

    public static SeriesImport Parse(string file, string text, SeriesSpec spec)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<InputProblem>();
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvReader.Parse(text);
        }
        catch (CsvFormatException e)
        {
            return Refused(InputProblem.Coded(file, 1, "file", null, "series-unclosed-quote", "line {0}: a quoted field is not closed before the end of the file", Number(e.Line)));
        }
        if (records.Count == 0)
        {
            return Refused(InputProblem.Coded(file, 1, "file", null, "series-empty", "the file is empty"));
        }
        var header = records[0].Fields.Select(f => f.Trim()).ToArray();
        var dateCol = Array.FindIndex(header, h => DateColumns.Contains(h, StringComparer.OrdinalIgnoreCase));
        if (dateCol < 0)
        {
            return Refused(InputProblem.Coded(file, 1, "header", string.Join(',', header), "series-no-date-column", "no date column (expected date or observation_date)"));
        }
        var valueCol = FindValueColumn(header, dateCol, spec.ValueColumn);
        if (valueCol < 0)
        {
            return Refused(spec.ValueColumn is null
                ? InputProblem.Coded(file, 1, "header", string.Join(',', header), "series-no-value-column", "no value column (expected value, or exactly one column besides the date)")
                : InputProblem.Coded(file, 1, "header", string.Join(',', header), "series-no-named-column", "no column named {0}", spec.ValueColumn));
        }
        var filters = new List<(int Col, string Value)>();
        foreach (var (column, value) in spec.Filter ?? new Dictionary<string, string>())
        {
            var col = Array.FindIndex(header, h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
            if (col < 0)
            {
                problems.Add(InputProblem.Coded(file, 1, "header", string.Join(',', header), "series-no-filter-column", "no column named {0} to select {1}", column, value));
            }
            filters.Add((col, value));
        }
        if (problems.Count > 0)
        {
            return Refused([.. problems]);
        }

        var rows = new SortedDictionary<DateOnly, (double? Value, int Line)>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Length)
            {
                problems.Add(InputProblem.Coded(file, record.Line, "row", null, "series-field-count", "{0} fields where the header has {1}", Number(record.Fields.Count), Number(header.Length)));
                continue;
            }
            if (filters.Any(f => !string.Equals(record.Fields[f.Col].Trim(), f.Value, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            var dateText = record.Fields[dateCol].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add(InputProblem.Coded(file, record.Line, header[dateCol], dateText, "series-not-a-date", "not a date in YYYY-MM-DD form"));
                continue;
            }
            var valueText = record.Fields[valueCol].Trim();
            double? value = null;
            if (valueText is not ("." or ""))
            {
                if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                {
                    problems.Add(InputProblem.Coded(file, record.Line, header[valueCol], valueText, "series-not-a-number", "not a number"));
                    continue;
                }
                value = v;
            }
            if (rows.TryGetValue(date, out var first))
            {
                problems.Add(InputProblem.Coded(file, record.Line, header[dateCol], dateText, "series-duplicate-date", "duplicate date (first on line {0})", Number(first.Line)));
                continue;
            }
            rows[date] = (value, record.Line);
        }
        if (problems.Count == 0 && rows.Count == 0)
        {
            var conditions = filters.Select(f => $"{header[f.Col]} = {f.Value}").ToList();
            // The message joins the conditions with " and " as it always has; the page's value joins them with "; ",
            // which reads in any language.
            problems.Add(filters.Count == 0
                ? InputProblem.Coded(file, 1, "file", null, "series-no-rows", "no data rows")
                : new InputProblem(file, 1, "file", "no rows where " + string.Join(" and ", conditions)) { Code = "series-no-selected-rows", Args = [string.Join("; ", conditions)] });
        }
        if (problems.Count > 0)
        {
            return Refused([.. problems]);
        }
        return MonthlyCalendar.Build(file, spec, rows.Select(r => new Observation(r.Key, r.Value.Value, r.Value.Line)).ToList());
    }

    private static int FindValueColumn(string[] header, int dateCol, string? wanted)
    {
        if (wanted is not null)
        {
            return Array.FindIndex(header, h => string.Equals(h, wanted, StringComparison.OrdinalIgnoreCase));
        }
        var named = Array.FindIndex(header, h => string.Equals(h, "value", StringComparison.OrdinalIgnoreCase));
        if (named >= 0)
        {
            return named;
        }
        return header.Length == 2 ? 1 - dateCol : -1;
    }

    internal static SeriesImport Refused(params InputProblem[] problems) => new(null, null, problems);

    /// <summary>A count or line number as a problem's value: the same digits in every language.</summary>
    internal static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
