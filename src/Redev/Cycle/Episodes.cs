namespace Redev.Cycle;

/// <summary>Builds the retrospective episodes, one per national price trough.</summary>
internal static class Episodes
{
    /// <summary>Core troughs are looked for up to this many months after the national trough when no later national peak bounds the episode.</summary>
    private const int CoreWindowAfterTrough = 36;

    public static List<Episode> Find(DatedSeries? volume, DatedSeries? inventory, DatedSeries? price,
        IReadOnlyDictionary<string, DatedSeries> core, IReadOnlyDictionary<string, DatedSeries> growth, IReadOnlyList<(YearMonth Month, int Bp)> gap)
    {
        var episodes = new List<Episode>();
        if (price is null)
        {
            return episodes;
        }
        var points = price.Retrospective;
        for (var k = 0; k < points.Count; k++)
        {
            var trough = points[k];
            if (trough.Type != TurningPointType.Trough)
            {
                continue;
            }
            var peak = points.Take(k).LastOrDefault(x => x.Type == TurningPointType.Peak)?.Month;
            var nextPeak = points.Skip(k + 1).FirstOrDefault(x => x.Type == TurningPointType.Peak)?.Month;
            var from = peak ?? default;
            bool InSpan(TurningPoint x) => x.Month > from && x.Month <= trough.Month;
            var v = volume?.Retrospective.Where(x => x.Type == TurningPointType.Trough && InSpan(x)).MinBy(x => x.Value)?.Month;
            var i = inventory?.Retrospective.Where(x => x.Type == TurningPointType.Peak && InSpan(x)).MaxBy(x => x.Value)?.Month;
            // Not found is "no" only where both series were there to be found; otherwise rule 1 is not evaluable.
            bool? held = v is not null && i is not null ? v <= i && i <= trough.Month
                : Covers(volume, peak) && Covers(inventory, peak) ? false : null;
            int? bp = gap.Where(g => g.Month == trough.Month).Select(g => (int?)g.Bp).FirstOrDefault();

            var coreTroughs = new Dictionary<string, YearMonth>();
            var leads = new Dictionary<string, int>();
            var retests = new Dictionary<string, IReadOnlyList<YearMonth>>();
            var coreEnd = nextPeak ?? trough.Month.AddMonths(CoreWindowAfterTrough);
            foreach (var (name, c) in core)
            {
                var lows = c.Retrospective.Where(x => x.Type == TurningPointType.Trough && x.Month > from && x.Month <= coreEnd).ToList();
                var lowest = lows.MinBy(x => x.Value);
                if (lowest is null)
                {
                    continue;
                }
                coreTroughs[name] = lowest.Month;
                leads[name] = trough.Month.MonthsSince(lowest.Month);
                retests[name] = lows.Where(x => x.Month > lowest.Month).Select(x => x.Month).ToList();
            }
            episodes.Add(new Episode(peak, v, i, trough.Month, held, bp, coreTroughs, leads, retests, GrowthAt(growth, trough.Month)));
        }
        return episodes;
    }

    private static bool Covers(DatedSeries? s, YearMonth? from) => s is not null && from is { } f && s.Raw.Count > 0 && s.Raw.Start <= f;

    private static bool? GrowthAt(IReadOnlyDictionary<string, DatedSeries> growth, YearMonth month)
    {
        if (growth.Count == 0)
        {
            return null;
        }
        bool? all = true;
        foreach (var g in growth.Values)
        {
            var last = g.Retrospective.LastOrDefault(x => x.Month <= month);
            bool? improving = last is not null
                ? last.Type == TurningPointType.Trough
                : g.ValueAt(month) is { } now && g.ValueAt(month.AddMonths(-12)) is { } before ? now > before : null;
            if (improving == false)
            {
                return false;
            }
            all = improving is null ? null : all;
        }
        return all;
    }
}
