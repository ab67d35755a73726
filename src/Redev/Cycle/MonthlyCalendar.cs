using Redev.Text;

namespace Redev.Cycle;

/// <summary>
/// Brings dated observations to the monthly calendar. Rules (also in docs/cycle.md): monthly and
/// quarterly files must be stamped on the first day of the month or quarter, as FRED and BIS publish
/// them; quarterly files stay quarterly. Daily and weekly files are grouped by the calendar month of
/// each observation's date and reduced by the series' <see cref="Aggregation"/>: mean for rates, yields
/// and annualised flows, last for index levels and stocks, sum for raw flows. A period with no value
/// (absent, or published as <c>.</c>) inside the span is a gap, and a gap refuses the file.
/// </summary>
internal static class MonthlyCalendar
{
    public static SeriesImport Build(string file, SeriesSpec spec, IReadOnlyList<Observation> rows)
    {
        var frequency = Infer(rows);
        return frequency switch
        {
            Frequency.Monthly => Periodic(file, spec, rows, 1, frequency),
            Frequency.Quarterly => Periodic(file, spec, rows, 3, frequency),
            Frequency.Annual => Periodic(file, spec, rows, 12, frequency),
            _ => Aggregate(file, spec, rows, frequency),
        };
    }

    private static Frequency Infer(IReadOnlyList<Observation> rows)
    {
        if (rows.All(r => r.Date.Day == 1))
        {
            var quarterStarts = rows.All(r => (r.Date.Month - 1) % 3 == 0);
            var spaced = rows.Zip(rows.Skip(1), (a, b) => YearMonth.Of(b.Date).MonthsSince(YearMonth.Of(a.Date))).ToList();
            if (rows.Count > 1 && rows.All(r => r.Date.Month == 1) && spaced.All(d => d >= 12))
            {
                return Frequency.Annual;
            }
            // A monthly file that happens to hold only quarter-start months would also pass; two rows
            // one month apart prove it monthly, and a quarterly file never has one.
            return quarterStarts && rows.Count > 1 && spaced.All(d => d >= 3) ? Frequency.Quarterly : Frequency.Monthly;
        }
        var days = rows.Zip(rows.Skip(1), (a, b) => b.Date.DayNumber - a.Date.DayNumber).Order().ToList();
        return days.Count > 0 && days[days.Count / 2] >= 6 ? Frequency.Weekly : Frequency.Daily;
    }

    private static SeriesImport Periodic(string file, SeriesSpec spec, IReadOnlyList<Observation> rows, int step, Frequency frequency)
    {
        var problems = new List<InputProblem>();
        var present = rows.Where(r => r.Value is not null).ToList();
        if (present.Count == 0)
        {
            return SeriesCsv.Refused(InputProblem.Coded(file, 1, "file", null, "series-all-missing", "every value is missing"));
        }
        var start = YearMonth.Of(present[0].Date);
        var values = new List<double>();
        var expected = start;
        foreach (var row in rows.SkipWhile(r => r.Value is null))
        {
            var month = YearMonth.Of(row.Date);
            if (row.Value is null)
            {
                continue;
            }
            if (month != expected)
            {
                var got = row.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                problems.Add(month.MonthsSince(expected) > step
                    ? InputProblem.Coded(file, row.Line, "date", got, "series-gap-months", "gap: no value for {0} to {1} before this row", expected.ToString(), month.AddMonths(-step).ToString())
                    : InputProblem.Coded(file, row.Line, "date", got, "series-gap", "gap: no value for {0} before this row", expected.ToString()));
            }
            if (step == 3 && (month.Month - 1) % 3 != 0)
            {
                problems.Add(InputProblem.Coded(file, row.Line, "date", null, "series-quarter-start", "a quarterly value must be stamped on the first month of its quarter"));
            }
            values.Add(row.Value.Value);
            expected = month.AddMonths(step);
        }
        return problems.Count > 0
            ? SeriesCsv.Refused([.. problems])
            : new SeriesImport(new TimeSeries(spec.Name, start, step, values), frequency, []);
    }

    private static SeriesImport Aggregate(string file, SeriesSpec spec, IReadOnlyList<Observation> rows, Frequency frequency)
    {
        var problems = new List<InputProblem>();
        var byMonth = rows.Where(r => r.Value is not null).GroupBy(r => YearMonth.Of(r.Date)).OrderBy(g => g.Key).ToList();
        if (byMonth.Count == 0)
        {
            return SeriesCsv.Refused(InputProblem.Coded(file, 1, "file", null, "series-all-missing", "every value is missing"));
        }
        var values = new List<double>();
        var expected = byMonth[0].Key;
        foreach (var month in byMonth)
        {
            if (month.Key != expected)
            {
                var first = month.First();
                problems.Add(InputProblem.Coded(file, first.Line, "date", first.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    "series-gap-in-month", "gap: no value in {0} before this row", expected.ToString()));
            }
            var xs = month.Select(r => r.Value!.Value).ToList();
            values.Add(spec.Aggregation switch
            {
                Aggregation.Mean => xs.Average(),
                Aggregation.Last => xs[^1],
                _ => xs.Sum(),
            });
            expected = month.Key.AddMonths(1);
        }
        return problems.Count > 0
            ? SeriesCsv.Refused([.. problems])
            : new SeriesImport(new TimeSeries(spec.Name, byMonth[0].Key, 1, values), frequency, []);
    }
}
