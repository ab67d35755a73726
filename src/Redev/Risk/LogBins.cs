namespace Redev.Risk;

/// <summary>
/// Fixed logarithmic bins for outcomes: bin 0 holds zero (a wiped-out stake); bins 1..Count cover
/// ln(x / scale) from <see cref="Low"/> to <see cref="High"/> in equal steps, the ends catching
/// anything beyond. Fixed bins make merging exact and order-free: counts are integers.
/// </summary>
internal static class LogBins
{
    public const int Count = 16_384;
    public const double Low = -12;
    public const double High = 8;
    public const double Width = (High - Low) / Count;

    /// <summary>The geometric middle of bin <paramref name="bin"/> (1..Count), in units of the scale.</summary>
    public static double Middle(int bin) => Math.Exp(Low + (bin - 0.5) * Width);
}
