using ScottPlot;

namespace Redev.Charts;

/// <summary>
/// A horizontal axis's ticks with labels dropped until none overlap and none reaches past the
/// drawing: the inner generator measures with the server's font and may place labels edge to edge,
/// which a reader's wider font then runs together ("18,000,0" cut at the right). Widths are
/// <see cref="ChartText.EstimateWidth"/>'s, with a gap of one em between labels.
/// </summary>
internal sealed class ThinnedTicks(ITickGenerator inner, float fontSize, float leftRoom, float rightRoom) : ScottPlot.TickGenerators.IDateTimeTickGenerator
{
    /// <summary>A date axis insists on a date tick generator; this one converts as its inner one does.</summary>
    public IEnumerable<double> ConvertToCoordinateSpace(IEnumerable<DateTime> dates) =>
        inner is ScottPlot.TickGenerators.IDateTimeTickGenerator d ? d.ConvertToCoordinateSpace(dates) : dates.Select(x => x.ToOADate());

    public Tick[] Ticks { get; set; } = [];

    public int MaxTickCount { get => inner.MaxTickCount; set => inner.MaxTickCount = value; }

    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        inner.Regenerate(range, edge, size, paint, labelStyle);
        Ticks = Thin(inner.Ticks, range.Min, range.Max, size.Length, fontSize, leftRoom, rightRoom);
    }

    /// <summary>The ticks kept: majors whose labels fit left to right with a gap; minors as they are.</summary>
    internal static Tick[] Thin(IEnumerable<Tick> ticks, double min, double max, float length, float fontSize, float leftRoom, float rightRoom)
    {
        var span = max - min;
        if (span <= 0 || length <= 0)
        {
            return [.. ticks];
        }
        var majors = ticks.Where(t => t.IsMajor && t.Position >= min && t.Position <= max).OrderBy(t => t.Position).ToList();
        // Every other label, then every third..., until the survivors fit: an even stride keeps the spacing regular.
        for (var stride = 1; stride <= Math.Max(1, majors.Count); stride++)
        {
            var kept = new List<Tick>();
            var fits = true;
            var right = double.NegativeInfinity;
            for (var k = 0; k < majors.Count; k += stride)
            {
                var t = majors[k];
                var x = (t.Position - min) / span * length;
                var half = ChartText.EstimateWidth(t.Label, fontSize) / 2;
                if (x - half < -leftRoom || x + half > length + rightRoom)
                {
                    continue; // this one label would be cut: leave it out, keep the rest
                }
                if (x - half < right + fontSize)
                {
                    fits = false;
                    break;
                }
                right = x + half;
                kept.Add(t);
            }
            if (fits)
            {
                return [.. kept, .. ticks.Where(t => !t.IsMajor)];
            }
        }
        return [];
    }
}
