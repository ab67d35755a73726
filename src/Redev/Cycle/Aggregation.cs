namespace Redev.Cycle;

/// <summary>How observations within one month (or one quarter) become one monthly value.</summary>
public enum Aggregation
{
    /// <summary>Average: rates, yields, and flows published as annualised rates (SAAR).</summary>
    Mean,

    /// <summary>Last observation: index levels and stocks (inventory), which are points in time.</summary>
    Last,

    /// <summary>Sum: raw flows (counts of sales per day or week).</summary>
    Sum,
}
