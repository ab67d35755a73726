namespace Redev.Charts;

/// <summary>The one lock every chart is drawn under: the plotting library's font state is not safe to share between threads.</summary>
internal static class ChartRendering
{
    public static readonly Lock Gate = new();
}
