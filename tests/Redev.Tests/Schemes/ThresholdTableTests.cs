using Redev.Schemes;

namespace Redev.Tests.Schemes;

public class ThresholdTableTests
{
    private static readonly ThresholdTable Table = ThresholdTable.Cap545;
    private static readonly DateOnly After2024 = new(2026, 11, 26);
    private static readonly DateOnly In2015 = new(2015, 6, 1);

    private static int Threshold(LotFacts facts, DateOnly on, bool everyUnitOver10 = false) =>
        Table.Apply("main", facts, everyUnitOver10, on).ThresholdPercent;

    [Theory]
    [InlineData(1990, false, 90)] // 35 years
    [InlineData(1972, false, 80)] // 53 years, elsewhere
    [InlineData(1972, true, 70)]  // 53 years, designated area
    [InlineData(1962, false, 70)] // 63 years, elsewhere
    [InlineData(1962, true, 65)]  // 63 years, designated area
    [InlineData(1950, false, 65)] // 75 years
    public void The_2024_rules_set_the_threshold_by_age_and_area(int built, bool designated, int expected)
    {
        Assert.Equal(expected, Threshold(new LotFacts(built, designated), After2024));
    }

    [Fact]
    public void An_old_industrial_building_outside_an_industrial_zone_needs_70_percent()
    {
        Assert.Equal(70, Threshold(new LotFacts(1990, Industrial: true, OutsideIndustrialZone: true), After2024));
        Assert.Equal(90, Threshold(new LotFacts(1990, Industrial: true, OutsideIndustrialZone: false), After2024));
    }

    [Fact]
    public void A_lot_where_every_unit_holds_over_ten_percent_needs_80_percent_at_any_age()
    {
        Assert.Equal(80, Threshold(new LotFacts(2010), After2024, everyUnitOver10: true));
    }

    [Fact]
    public void The_lowest_threshold_among_matching_classes_applies()
    {
        var applied = Table.Apply("main", new LotFacts(1950), everyUnitOver10Percent: true, After2024);
        Assert.Equal(("age-70-plus", 65), (applied.ClassId, applied.ThresholdPercent));
    }

    [Fact]
    public void Before_6_December_2024_the_2010_rows_apply()
    {
        var applied = Table.Apply("main", new LotFacts(1962), false, new DateOnly(2024, 12, 5));
        Assert.Equal(("2010", "age-50-plus", 80), (applied.Version, applied.ClassId, applied.ThresholdPercent));
        Assert.Equal(90, Threshold(new LotFacts(1980), In2015));
        Assert.Equal("2024", Table.Apply("main", new LotFacts(1962), false, new DateOnly(2024, 12, 6)).Version);
    }

    [Fact]
    public void Before_April_2010_every_lot_needed_90_percent()
    {
        Assert.Equal(90, Threshold(new LotFacts(1940), new DateOnly(2009, 1, 1), everyUnitOver10: true));
    }

    [Fact]
    public void Age_counts_from_the_end_of_the_completion_year_so_it_never_overstates()
    {
        Assert.Equal(49, new LotFacts(1976).AgeOn(new DateOnly(2026, 12, 30)));
        Assert.Equal(50, new LotFacts(1976).AgeOn(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void The_applied_threshold_names_its_legal_source()
    {
        var applied = Table.Apply("main", new LotFacts(1962), false, After2024);
        Assert.Contains("Amendment) Ordinance 2024", applied.Source, StringComparison.Ordinal);
        Assert.Equal(63, applied.AgeYears);
    }

    [Fact]
    public void A_threshold_file_without_a_default_class_is_refused()
    {
        const string json = """{"law":"x","versions":[{"version":"v","effectiveFrom":"2020-01-01","source":"s","classes":[{"id":"a","description":"d","thresholdPercent":80}]}]}""";
        Assert.Throws<ArgumentException>(() => ThresholdTable.Parse(json));
    }
}
