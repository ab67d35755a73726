namespace Redev.Cycle;

/// <summary>The thresholds of the four rules; defaults are the analyst's, and a market file may change them.</summary>
/// <param name="MoneyEasyBp">Rule 3: money is easy when the 10-year yield is at most this many basis points above core inflation.</param>
/// <param name="ExpansionMonths">A market is expanding once its price trough is this many months behind it.</param>
/// <param name="InventoryFallMonths">Rule 1: inventory has a sustained fall when months' supply is below its level a year earlier for this many months running.</param>
public sealed record CycleParameters(
    int MoneyEasyBp = 200,
    int ExpansionMonths = 24,
    int InventoryFallMonths = 3,
    DatingParameters? Monthly = null,
    DatingParameters? Quarterly = null)
{
    public DatingParameters DatingFor(TimeSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.IsQuarterly
            ? Quarterly ?? DatingParameters.HardingPaganQuarterly
            : Monthly ?? DatingParameters.BryBoschanMonthly;
    }
}
