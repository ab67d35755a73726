namespace Redev.Charts;

/// <summary>
/// The pixel size a chart is drawn at. A web page draws each chart twice, wide and narrow, and shows
/// the one that fits: one drawing scaled down to a phone would shrink its text below reading size.
/// </summary>
/// <param name="Width">Width in pixels (the SVG's viewBox width).</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="FontSize">Tick and legend text size; larger on a phone, where the drawing is shown nearly at its own size.</param>
public readonly record struct ChartSize(int Width, int Height, float FontSize)
{
    /// <summary>A desktop page's chart.</summary>
    public static ChartSize Desktop { get; } = new(1000, 460, 14);

    /// <summary>A phone's chart (about 360 CSS pixels across, so drawn near its own size).</summary>
    public static ChartSize Phone { get; } = new(400, 440, 14);

    /// <summary>The owner's histogram on a desktop page.</summary>
    public static ChartSize DesktopHistogram { get; } = new(760, 460, 14);
}
