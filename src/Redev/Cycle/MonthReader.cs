namespace Redev.Cycle;

/// <summary>
/// Reads one month in real time: the price anchor, rule 1's stage, rule 3's spread and rule 4's growth
/// test, each from the data and turning points known in that month, and the verdict they give.
/// </summary>
internal sealed class MonthReader(Market market, DatedSeries? volume, DatedSeries? inventory, DatedSeries? price,
    IReadOnlyDictionary<string, DatedSeries> growth, CycleParameters p)
{
    public MonthSignal Read(YearMonth t)
    {
        var missing = new List<string>();
        var (afterTrough, since) = Anchor(t, missing);
        var stage = afterTrough ? 3 : Stage(since ?? default, t, missing);
        var gap = Gap(t, missing);
        bool? moneyEasy = gap is null ? null : gap <= p.MoneyEasyBp;
        if (moneyEasy == false)
        {
            missing.Add($"money is not easy: the 10-year yield is {gap} bp above core inflation (limit {p.MoneyEasyBp} bp)");
        }
        var growthImproving = Growth(t, missing);
        CycleVerdict verdict;
        if (!afterTrough)
        {
            verdict = stage > 0 ? CycleVerdict.Bottoming : CycleVerdict.Downturn;
        }
        else if (since is null || t.MonthsSince(since.Value) >= p.ExpansionMonths)
        {
            verdict = CycleVerdict.Expanding;
        }
        else
        {
            verdict = moneyEasy != false && growthImproving != false ? CycleVerdict.Stabilising : CycleVerdict.Bottoming;
        }
        return new MonthSignal(t, stage, gap, moneyEasy, growthImproving, verdict, missing);
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

    private int Stage(YearMonth since, YearMonth t, List<string> missing)
    {
        var stage = 0;
        var from = since;
        if (volume is null)
        {
            missing.Add("not evaluable: no volume series");
        }
        else
        {
            var trough = volume.KnownAt(t).LastOrDefault(x => x.Type == TurningPointType.Trough && x.Month > since);
            if (trough is null)
            {
                missing.Add("volume has not troughed");
                AddPrice(missing);
                return stage;
            }
            stage = 1;
            from = trough.Month;
        }
        if (inventory is null)
        {
            missing.Add("not evaluable: no inventory series");
        }
        else if (InventoryTurned(inventory, from, t))
        {
            stage = 2;
        }
        else
        {
            missing.Add("inventory (months' supply) has not peaked or fallen");
        }
        AddPrice(missing);
        return stage;
    }

    private void AddPrice(List<string> missing)
    {
        if (price is not null)
        {
            missing.Add("prices have not troughed");
        }
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
        return known.Count == 0 || t.MonthsSince(known.End) > MaxStale(s) ? null : known.Values[^1];
    }

    private static int MaxStale(MarketSeries s) => CycleMonitor.MaxStaleMonths + s.PublicationLagMonths;

    private bool? Growth(YearMonth t, List<string> missing)
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
            var improving = last is not null ? last.Type == TurningPointType.Trough : Momentum(g, t);
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
