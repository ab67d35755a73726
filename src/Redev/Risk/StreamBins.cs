namespace Redev.Risk;

/// <summary>One stream's bins as read back: counts, and each bin's value clamped to the stream's observed range.</summary>
internal sealed record StreamBins(long[] Counts, double Scale, double Min, double Max)
{
    public double Value(int bin) => bin == 0 ? 0 : Math.Clamp(LogBins.Middle(bin) * Scale, Min, Max);
}
