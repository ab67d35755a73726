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
        catch (FormatException e)
        {
            return Refused(new InputProblem(file, 1, "file", e.Message));
        }
        if (records.Count == 0)
        {
            return Refused(new InputProblem(file, 1, "file", "the file is empty"));
        }
        var header = records[0].Fields.Select(f => f.Trim()).ToArray();
        var dateCol = Array.FindIndex(header, h => DateColumns.Contains(h, StringComparer.OrdinalIgnoreCase));
        if (dateCol < 0)
        {
            return Refused(new InputProblem(file, 1, "header", "no date column (expected date or observation_date)", string.Join(',', header)));
        }
        var valueCol = FindValueColumn(header, dateCol, spec.ValueColumn);
        if (valueCol < 0)
        {
            return Refused(new InputProblem(file, 1, "header", spec.ValueColumn is null
                ? "no value column (expected value, or exactly one column besides the date)"
                : $"no column named {spec.ValueColumn}", string.Join(',', header)));
        }
        var filters = new List<(int Col, string Value)>();
        foreach (var (column, value) in spec.Filter ?? new Dictionary<string, string>())
        {
            var col = Array.FindIndex(header, h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
            if (col < 0)
            {
                problems.Add(new InputProblem(file, 1, "header", $"no column named {column} to select {value}", string.Join(',', header)));
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
                problems.Add(new InputProblem(file, record.Line, "row", $"{record.Fields.Count} fields where the header has {header.Length}"));
                continue;
            }
            if (filters.Any(f => !string.Equals(record.Fields[f.Col].Trim(), f.Value, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            var dateText = record.Fields[dateCol].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add(new InputProblem(file, record.Line, header[dateCol], "not a date in YYYY-MM-DD form", dateText));
                continue;
            }
            var valueText = record.Fields[valueCol].Trim();
            double? value = null;
            if (valueText is not ("." or ""))
            {
                if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                {
                    problems.Add(new InputProblem(file, record.Line, header[valueCol], "not a number", valueText));
                    continue;
                }
                value = v;
            }
            if (rows.TryGetValue(date, out var first))
            {
                problems.Add(new InputProblem(file, record.Line, header[dateCol], $"duplicate date (first on line {first.Line})", dateText));
                continue;
            }
            rows[date] = (value, record.Line);
        }
        if (problems.Count == 0 && rows.Count == 0)
        {
            var what = filters.Count == 0 ? "no data rows" : "no rows where " + string.Join(" and ", filters.Select(f => $"{header[f.Col]} = {f.Value}"));
            problems.Add(new InputProblem(file, 1, "file", what));
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
}
