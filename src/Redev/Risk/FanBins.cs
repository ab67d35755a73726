namespace Redev.Risk;

/// <summary>Fixed bins for the fan chart of ln(index): 1,024 bins over [-4, 4], ends catching the rest.</summary>
internal static class FanBins
{
    public const int Count = 1024;
    public const double Low = -4;
    public const double High = 4;
    public const double Width = (High - Low) / Count;

    public static double Middle(int bin) => Low + (bin + 0.5) * Width;
}
