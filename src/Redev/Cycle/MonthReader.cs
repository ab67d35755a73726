namespace Redev.Cycle;

/// <summary>
/// Reads one month in real time: the price anchor, rule 1's stage, rule 2's core troughs, rule 3's
/// spread and rule 4's growth test, each from the data and turning points known in that month, and the
/// verdict they give. A rule whose series are missing or stale is "cannot tell", never "met".
/// </summary>
internal sealed class MonthReader(Market market, DatedSeries? volume, DatedSeries? inventory, DatedSeries? price,
    IReadOnlyDictionary<string, DatedSeries> core, IReadOnlyDictionary<string, DatedSeries> growth, CycleParameters p)
{
    public MonthSignal Read(YearMonth t)
    {
        var missing = new List<string>();
        var stale = Stale(t);
        var (afterTrough, since) = Anchor(t, missing);
        // A stopped price, volume or inventory feed cannot place this month in rule 1's order.
        var spineStale = stale.Any(x => x.Series is "volume" or "inventory" or "price");
        var stage = spineStale ? null : Stage(afterTrough, since, t, missing);
        var coreFirst = CoreFirst(afterTrough, since, t, missing);
        var gap = Gap(t, missing);
        bool? moneyEasy = gap is null ? null : gap <= p.MoneyEasyBp;
        if (moneyEasy == false)
        {
            missing.Add($"money is not easy: the 10-year yield is {gap} bp above core inflation (limit {p.MoneyEasyBp} bp)");
        }
        var growthImproving = Growth(t, missing, stale);
        missing.AddRange(stale.Select(s => s.ToString()));
        var verdict = stale.Any(x => x.Series == "price")
            ? CycleVerdict.CannotTell
            : Verdict(t, afterTrough, since, stage, moneyEasy, growthImproving, coreFirst);
        return new MonthSignal(t, stage, gap, moneyEasy, growthImproving, coreFirst, verdict, missing, stale);
    }

    private CycleVerdict Verdict(YearMonth t, bool afterTrough, YearMonth? since, int? stage, bool? moneyEasy, bool? growthImproving, bool? coreFirst)
    {
        if (afterTrough && (since is null || t.MonthsSince(since.Value) >= p.ExpansionMonths))
        {
            // Rising prices for the expansion period is a reading of prices alone; it needs no other rule.
            return CycleVerdict.Expanding;
        }
        if (stage is null)
        {
            return CycleVerdict.CannotTell;
        }
        if (!afterTrough)
        {
            return stage > 0 ? CycleVerdict.Bottoming : CycleVerdict.Downturn;
        }
        return stage == 3 && moneyEasy != false && growthImproving != false && coreFirst != false ? CycleVerdict.Stabilising : CycleVerdict.Bottoming;
    }

    /// <summary>
    /// Whether prices are past a trough, and the month of the last price turning point known. With no
    /// turning point known yet, prices above their level a year before count as past a trough.
    /// </summary>
    private (bool AfterTrough, YearMonth? Since) Anchor(YearMonth t, List<string> missing)
    {
        if (price is null)
        {
            missing.Add("not evaluable: no price series");
            return (false, null);
        }
        var known = price.KnownAt(t);
        var last = known.Count > 0 ? known[^1] : null;
        if (last is not null)
        {
            return (last.Type == TurningPointType.Trough, last.Month);
        }
        return (Momentum(price, t) == true, null);
    }

    /// <summary>
    /// Rule 1's stage: how far the order volume trough → inventory peak or fall → price trough has gone
    /// since the last price peak known. Null when it cannot be told: without volume and inventory (or with
    /// data that begin after that peak) a price trough alone would pass for stage 3, which is the very
    /// order the rule asks to see.
    /// </summary>
    private int? Stage(bool afterTrough, YearMonth? since, YearMonth t, List<string> missing)
    {
        if (volume is null)
        {
            missing.Add("not evaluable: no volume series");
        }
        if (inventory is null)
        {
            missing.Add("not evaluable: no inventory series");
        }
        if (volume is null || inventory is null || price is null)
        {
            return null;
        }
        var points = price.KnownAt(t);
        var peak = afterTrough ? points.Take(points.Count - 1).LastOrDefault(x => x.Type == TurningPointType.Peak)?.Month : since;
        // The series must reach back to the price peak (or, with none known, have begun): a trough before
        // their first value cannot be seen.
        var needFrom = peak ?? t;
        var late = new[] { ("volume", volume), ("inventory", inventory) }
            .Where(x => x.Item2.Raw.KnownAt(t, x.Item2.PublicationLagMonths) is var known && (known.Count == 0 || known.Start > needFrom))
            .Select(x => $"cannot tell: {x.Item1} data begin after {needFrom}").ToList();
        if (late.Count > 0)
        {
            missing.AddRange(late);
            return null;
        }
        var from = peak ?? default;
        var trough = volume.KnownAt(t).LastOrDefault(x => x.Type == TurningPointType.Trough && x.Month > from);
        int stage;
        if (trough is null)
        {
            missing.Add("volume has not troughed");
            stage = 0;
        }
        else if (!InventoryTurned(inventory, trough.Month, t))
        {
            missing.Add("inventory (months' supply) has not peaked or fallen");
            stage = 1;
        }
        else
        {
            stage = 2;
        }
        if (!afterTrough)
        {
            missing.Add("prices have not troughed");
            return stage;
        }
        // Prices turned: the order held only if volume and inventory turned first.
        return stage == 2 ? 3 : stage;
    }

    /// <summary>A months'-supply peak after <paramref name="from"/>, or a sustained fall: below its level a year earlier for several months running.</summary>
    private bool InventoryTurned(DatedSeries inv, YearMonth from, YearMonth t)
    {
        if (inv.KnownAt(t).Any(x => x.Type == TurningPointType.Peak && x.Month >= from))
        {
            return true;
        }
        var raw = inv.Raw.KnownAt(t, inv.PublicationLagMonths).ToMonthly();
        var run = 0;
        for (var u = from > raw.Start.AddMonths(12) ? from : raw.Start.AddMonths(12); raw.Count > 0 && u <= raw.End; u = u.AddMonths(1))
        {
            run = raw.ValueAt(u) < raw.ValueAt(u.AddMonths(-12)) ? run + 1 : 0;
            if (run >= p.InventoryFallMonths)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Rule 2 in real time, from the turning points known this month. Before the national trough: each
    /// core series' latest turning point is a trough after the national peak. After it: each core series
    /// had a trough between the national peak and the national trough (later, higher lows are retests and
    /// do not undo the lead; a core trough only after the national one means the core lagged).
    /// </summary>
    private bool? CoreFirst(bool afterTrough, YearMonth? since, YearMonth t, List<string> missing)
    {
        if (core.Count == 0)
        {
            missing.Add("not evaluable: no corePrices series");
            return null;
        }
        var national = price?.KnownAt(t) ?? [];
        var peak = afterTrough ? national.Take(national.Count - 1).LastOrDefault(x => x.Type == TurningPointType.Peak)?.Month : since;
        var from = peak ?? default;
        var all = true;
        foreach (var (name, c) in core)
        {
            var known = c.KnownAt(t);
            var last = known.Count > 0 ? known[^1] : null;
            if (afterTrough && since is { } n)
            {
                if (!known.Any(x => x.Type == TurningPointType.Trough && x.Month > from && x.Month <= n))
                {
                    missing.Add(known.Any(x => x.Type == TurningPointType.Trough && x.Month > n)
                        ? $"core prices troughed after the national trough: {name}"
                        : $"core prices have not troughed: {name}");
                    all = false;
                }
            }
            else if (last is null || last.Type != TurningPointType.Trough || last.Month <= from)
            {
                missing.Add($"core prices have not troughed: {name}");
                all = false;
            }
        }
        return all;
    }

    private int? Gap(YearMonth t, List<string> missing)
    {
        if (market.Yield10y is null)
        {
            missing.Add("not evaluable: no yield10y series");
        }
        if (market.CoreInflation is null)
        {
            missing.Add("not evaluable: no coreInflation series");
        }
        if (market.Yield10y is null || market.CoreInflation is null)
        {
            return null;
        }
        var y = Latest(market.Yield10y, t);
        var c = Latest(market.CoreInflation, t);
        return y is null || c is null ? null : (int)Math.Round((y.Value - c.Value) * 100, MidpointRounding.AwayFromZero);
    }

    private static double? Latest(MarketSeries s, YearMonth t)
    {
        var known = s.Series.KnownAt(t, s.PublicationLagMonths);
        return known.Count == 0 || IsStale(s, known, t) ? null : known.Values[^1];
    }

    private static bool IsStale(MarketSeries s, TimeSeries known, YearMonth t) =>
        t.MonthsSince(known.End) > CycleMonitor.MaxStaleMonths + s.PublicationLagMonths;

    /// <summary>Every series that has data but none recent enough in month <paramref name="t"/>.</summary>
    private List<StaleSeries> Stale(YearMonth t)
    {
        var named = new List<(string Name, MarketSeries? Series)>
        {
            ("volume", market.Volume), ("inventory", market.Inventory), ("price", market.Price),
            ("yield10y", market.Yield10y), ("coreInflation", market.CoreInflation),
        };
        named.AddRange(market.CorePrices.Select(kv => ("corePrices: " + kv.Key, (MarketSeries?)kv.Value)));
        named.AddRange(market.Growth.Select(kv => ("growth: " + kv.Key, (MarketSeries?)kv.Value)));
        var result = new List<StaleSeries>();
        foreach (var (name, s) in named)
        {
            if (s is null)
            {
                continue;
            }
            var known = s.Series.KnownAt(t, s.PublicationLagMonths);
            if (known.Count > 0 && IsStale(s, known, t))
            {
                result.Add(new StaleSeries(name, known.End));
            }
        }
        return result;
    }

    private bool? Growth(YearMonth t, List<string> missing, List<StaleSeries> stale)
    {
        if (growth.Count == 0)
        {
            missing.Add("not evaluable: no growth series");
            return null;
        }
        var all = true;
        var any = false;
        foreach (var (name, g) in growth)
        {
            var points = g.KnownAt(t);
            var last = points.Count > 0 ? points[^1] : null;
            bool? improving = stale.Any(x => x.Series == "growth: " + name) ? null
                : last is not null ? last.Type == TurningPointType.Trough : Momentum(g, t);
            if (improving == false)
            {
                missing.Add($"growth expectations not improving: {name}");
                return false;
            }
            all &= improving == true;
            any = true;
        }
        return any && all ? true : null;
    }

    /// <summary>The stated momentum test: the latest value known is above the value a year before it.</summary>
    private static bool? Momentum(DatedSeries s, YearMonth t)
    {
        var known = s.Raw.KnownAt(t, s.PublicationLagMonths);
        if (known.Count == 0)
        {
            return null;
        }
        var before = known.ValueAt(known.MonthOf(known.Count - 1).AddMonths(-12));
        return before is null ? null : known.Values[^1] > before;
    }
}
