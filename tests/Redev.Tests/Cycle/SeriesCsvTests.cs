using Redev.Cycle;

namespace Redev.Tests.Cycle;

public class SeriesCsvTests
{
    private static SeriesImport Read(string text, SeriesSpec? spec = null) => SeriesCsv.Parse("s.csv", text, spec ?? new SeriesSpec("s"));

    [Fact]
    public void A_date_value_monthly_file_becomes_a_monthly_series()
    {
        var r = Read("date,value\n2010-01-01,1.5\n2010-02-01,2\n2010-03-01,2.5\n");

        Assert.Equal(Frequency.Monthly, r.Source);
        Assert.Equal(YearMonth.Of(2010, 1), r.Series!.Start);
        Assert.Equal(new[] { 1.5, 2, 2.5 }, r.Series.Values);
    }

    [Fact]
    public void A_FRED_file_with_observation_date_and_the_series_id_is_read()
    {
        var r = Read("observation_date,GS10\n2020-01-01,1.76\n2020-02-01,1.50\n");

        Assert.Equal(new[] { 1.76, 1.50 }, r.Series!.Values);
    }

    [Fact]
    public void A_daily_FRED_file_with_dots_for_holidays_averages_each_month()
    {
        var r = Read("DATE,VALUE\n2020-01-02,1.0\n2020-01-03,.\n2020-01-06,2.0\n2020-02-03,4.0\n2020-02-04,6.0\n",
            new SeriesSpec("yield", Aggregation: Aggregation.Mean));

        Assert.Equal(Frequency.Daily, r.Source);
        Assert.Equal(new[] { 1.5, 5.0 }, r.Series!.Values);
    }

    [Fact]
    public void A_daily_index_level_takes_the_last_value_of_each_month()
    {
        var r = Read("date,value\n2020-01-30,10\n2020-01-31,11\n2020-02-27,12\n2020-02-28,13\n", new SeriesSpec("p", Aggregation: Aggregation.Last));

        Assert.Equal(new[] { 11.0, 13.0 }, r.Series!.Values);
    }

    [Fact]
    public void A_weekly_raw_flow_is_summed_by_the_calendar_month_of_each_week()
    {
        var r = Read("date,value\n2020-01-03,1\n2020-01-10,2\n2020-01-17,3\n2020-01-24,4\n2020-01-31,5\n2020-02-07,10\n",
            new SeriesSpec("sales", Aggregation: Aggregation.Sum));

        Assert.Equal(Frequency.Weekly, r.Source);
        Assert.Equal(new[] { 15.0, 10.0 }, r.Series!.Values);
    }

    [Fact]
    public void A_quarterly_file_stays_quarterly_and_is_dated_mid_quarter()
    {
        var r = Read("date,value\n2010-01-01,1\n2010-04-01,2\n2010-07-01,3\n");

        Assert.Equal(Frequency.Quarterly, r.Source);
        Assert.True(r.Series!.IsQuarterly);
        Assert.Equal(YearMonth.Of(2010, 5), r.Series.DatedMonth(1));
        Assert.Equal(YearMonth.Of(2010, 9), r.Series.End);
    }

    [Fact]
    public void A_long_file_gives_the_rows_of_the_selected_region_only()
    {
        var text = "date,region,value\n2010-01-01,Boston-MA,1\n2010-01-01,Miami-FL,9\n2010-02-01,Boston-MA,2\n2010-02-01,Miami-FL,8\n";
        var r = Read(text, new SeriesSpec("Miami", Filter: new Dictionary<string, string> { ["region"] = "Miami-FL" }));

        Assert.Equal(new[] { 9.0, 8.0 }, r.Series!.Values);
    }

    [Fact]
    public void A_filter_matching_no_row_is_refused_naming_the_filter()
    {
        var r = Read("date,region,value\n2010-01-01,Boston-MA,1\n", new SeriesSpec("x", Filter: new Dictionary<string, string> { ["region"] = "Paris" }));

        Assert.Null(r.Series);
        Assert.Equal("s.csv:1: file: no rows where region = Paris", Assert.Single(r.Problems).ToString());
    }

    [Fact]
    public void Unparseable_dates_and_numbers_are_reported_by_line_and_the_file_is_refused()
    {
        var r = Read("date,value\n2010-01-01,1\n2010-13-01,2\n2010-03-01,abc\n");

        Assert.Null(r.Series);
        Assert.Equal(
            ["s.csv:3: date: not a date in YYYY-MM-DD form (got \"2010-13-01\")", "s.csv:4: value: not a number (got \"abc\")"],
            r.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_duplicate_date_names_the_line_of_the_first()
    {
        var r = Read("date,value\n2010-01-01,1\n2010-02-01,2\n2010-02-01,3\n");

        Assert.Null(r.Series);
        Assert.Equal("s.csv:4: date: duplicate date (first on line 3) (got \"2010-02-01\")", Assert.Single(r.Problems).ToString());
    }

    [Fact]
    public void A_missing_month_is_a_gap_reported_at_the_row_after_it()
    {
        var r = Read("date,value\n2010-01-01,1\n2010-02-01,2\n2010-05-01,3\n");

        Assert.Null(r.Series);
        Assert.Equal("s.csv:4: date: gap: no value for 2010-03 to 2010-04 before this row (got \"2010-05-01\")", Assert.Single(r.Problems).ToString());
    }

    [Fact]
    public void A_dot_inside_a_monthly_series_is_a_gap()
    {
        var r = Read("DATE,VALUE\n2010-01-01,1\n2010-02-01,.\n2010-03-01,3\n");

        Assert.Null(r.Series);
        Assert.StartsWith("s.csv:4: date: gap: no value for 2010-02 before this row", Assert.Single(r.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_a_date_column_is_refused()
    {
        var r = Read("month,value\n2010-01,1\n");

        Assert.Equal("s.csv:1: header: no date column (expected date or observation_date) (got \"month,value\")", Assert.Single(r.Problems).ToString());
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_reported()
    {
        var r = Read("date,value\n2010-01-01,1,7\n");

        Assert.Equal("s.csv:2: row: 3 fields where the header has 2", Assert.Single(r.Problems).ToString());
    }
}
