using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Redev.Risk;

/// <summary>
/// Simulates one block of paths, eight at a time in the lanes of 512-bit vectors: per-path draws
/// (delays, overrun, failure), then the regime-switching walk month by month, then each path's
/// outcomes streamed into the worker's <see cref="Accumulator"/>. Nothing is allocated here.
/// </summary>
internal sealed class PathKernel(KernelParameters p)
{
    /// <summary>Paths per block: the unit of seeding and of work. Fixed, so results never depend on threads.</summary>
    public const int BlockPaths = 4096;

    /// <summary>Per block: Σ per-unit value (succeeded), Σ index (failed), Σ developer, Σ fund, Σ ln I_H, Σ (ln I_H)², Σ completion month.</summary>
    public const int SumsPerBlock = 7;

    /// <summary>
    /// The fan chart reads one group of eight paths in every <see cref="FanEvery"/> (512 of each block's 4,096):
    /// binning every path-month costs as much as simulating it, and a chart's percentiles need far fewer paths.
    /// </summary>
    public const int FanEvery = 8;

    private static readonly Vector512<double> LaneIndex = Vector512.Create(0.0, 1, 2, 3, 4, 5, 6, 7);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void RunBlock(ulong seed, long block, int paths, Accumulator acc, Span<double> sums)
    {
        var rng = new VectorRng(seed, block);
        var zero = Vector512<double>.Zero;
        Vector512<double> sumS = zero, sumY = zero, sumDev = zero, sumFund = zero, sumLog = zero, sumLog2 = zero, sumTc = zero;
        for (var g = 0; g < paths; g += VectorRng.Lanes)
        {
            var valid = Vector512.LessThan(LaneIndex, Vector512.Create((double)(paths - g)));
            var validBits = (uint)valid.ExtractMostSignificantBits();

            // Per-path draws: delays accumulate from stage to stage.
            var dv = Months(p.VestingDelay, rng.NextUniform());
            var dd = dv + Months(p.DemolitionDelay, rng.NextUniform());
            var dc = dd + Months(p.CompletionDelay, rng.NextUniform());
            var td = Vector512.Create((double)p.DemolitionBase) + dd;
            var tc = Vector512.Create((double)p.CompletionBase) + dc;
            var (zOverrun, _) = rng.NextNormals();
            var overrun = Vector512.Create(p.OverrunMedian) * Vector512.Exp(Vector512.Create(p.OverrunSigma) * zOverrun);
            var failed = Vector512.LessThan(rng.NextUniform(), Vector512.Create(p.FailureBeforeVesting));
            var noBuyer = Vector512.AndNot(Vector512.LessThan(rng.NextUniform(), Vector512.Create(p.NoBuyer)), failed);

            var (logAtCompletion, logAtPlanned, logAtHorizon, occ0, occ1) = Walk(ref rng, tc, acc, g % (FanEvery * VectorRng.Lanes) == 0 ? validBits : 0);
            acc.Occupancy0 += occ0 & valid;
            acc.Occupancy1 += occ1 & valid;
            acc.Occupancy2 += (Vector512.Create((double)p.Horizon) - occ0 - occ1) & valid;

            var (perUnit, developer, fund) = Outcomes(Vector512.Exp(logAtCompletion), overrun, tc, td);
            var flat = Vector512.Exp(logAtPlanned);
            var gone = failed | noBuyer;
            developer = Vector512.ConditionalSelect(gone, Vector512.Create(p.DeveloperAlternative), developer);
            fund = Vector512.ConditionalSelect(gone, Vector512.Create(p.AllFlatsValue) * flat + Vector512.Create(p.DeveloperAlternative), fund);
            var success = Vector512.AndNot(valid, gone);
            var failure = valid & gone;

            Record(acc, 0, perUnit, success);
            Record(acc, 1, flat, failure);
            Record(acc, 2, developer, valid);
            Record(acc, 3, fund, valid);
            acc.Paths += BitOperations.PopCount(validBits);
            acc.Succeeded += BitOperations.PopCount((uint)success.ExtractMostSignificantBits());
            acc.FailedBeforeVesting += BitOperations.PopCount((uint)(failed & valid).ExtractMostSignificantBits());
            acc.NoBuyer += BitOperations.PopCount((uint)(noBuyer & valid).ExtractMostSignificantBits());

            sumS += perUnit & success;
            sumY += flat & failure;
            sumDev += developer & valid;
            sumFund += fund & valid;
            sumLog += logAtHorizon & valid;
            sumLog2 += (logAtHorizon * logAtHorizon) & valid;
            sumTc += tc & valid;
        }
        sums[0] = Vector512.Sum(sumS);
        sums[1] = Vector512.Sum(sumY);
        sums[2] = Vector512.Sum(sumDev);
        sums[3] = Vector512.Sum(sumFund);
        sums[4] = Vector512.Sum(sumLog);
        sums[5] = Vector512.Sum(sumLog2);
        sums[6] = Vector512.Sum(sumTc);
    }

    /// <summary>The month-by-month walk of ln(index) over the whole horizon: the hot loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (Vector512<double> AtCompletion, Vector512<double> AtPlanned, Vector512<double> AtHorizon, Vector512<double> Occ0, Vector512<double> Occ1)
        Walk(ref VectorRng rng, Vector512<double> tc, Accumulator acc, uint fanBits)
    {
        var zero = Vector512<double>.Zero;
        var one = Vector512<double>.One;
        Vector512<double> d0 = Vector512.Create(p.Drift[0]), d1 = Vector512.Create(p.Drift[1]), d2 = Vector512.Create(p.Drift[2]);
        Vector512<double> s0 = Vector512.Create(p.Volatility[0]), s1 = Vector512.Create(p.Volatility[1]), s2 = Vector512.Create(p.Volatility[2]);
        Vector512<double> a0 = Vector512.Create(p.Cumulative0[0]), a1 = Vector512.Create(p.Cumulative0[1]), a2 = Vector512.Create(p.Cumulative0[2]);
        Vector512<double> b0 = Vector512.Create(p.Cumulative1[0]), b1 = Vector512.Create(p.Cumulative1[1]), b2 = Vector512.Create(p.Cumulative1[2]);
        var regime = Vector512.Create((double)p.StartRegime);
        Vector512<double> logI = zero, atCompletion = zero, atPlanned = zero, occ0 = zero, occ1 = zero, month = zero;
        var fanMonths = p.FanMonths;
        var fanNext = 0;
        var horizon = p.Horizon;
        var planned = p.PlannedCompletion;
        Span<double> normals = stackalloc double[32];
        Span<double> uniforms = stackalloc double[16];
        for (var t = 1; t <= horizon; t++)
        {
            var slot = (t - 1) & 3;
            if (slot == 0)
            {
                rng.NextNormals32(normals);
            }
            if ((slot & 1) == 0)
            {
                rng.NextUniforms16(uniforms);
            }
            var z = Vector512.LoadUnsafe(ref normals[slot * 8]);
            var in0 = Vector512.Equals(regime, zero);
            var in1 = Vector512.Equals(regime, one);
            var mu = Vector512.ConditionalSelect(in0, d0, Vector512.ConditionalSelect(in1, d1, d2));
            var sigma = Vector512.ConditionalSelect(in0, s0, Vector512.ConditionalSelect(in1, s1, s2));
            logI += Vector512.FusedMultiplyAdd(sigma, z, mu);
            occ0 += in0 & one;
            occ1 += in1 & one;
            month += one;
            atCompletion = Vector512.ConditionalSelect(Vector512.Equals(month, tc), logI, atCompletion);
            if (t == planned)
            {
                atPlanned = logI;
            }
            if (fanBits != 0 && fanNext < fanMonths.Length && fanMonths[fanNext] == t)
            {
                RecordFan(acc.Fan[fanNext], logI, fanBits);
                fanNext++;
            }
            // Next month's regime: the row of the current regime, as cumulative probabilities.
            var u = Vector512.LoadUnsafe(ref uniforms[(slot & 1) * 8]);
            var c0 = Vector512.ConditionalSelect(in0, a0, Vector512.ConditionalSelect(in1, a1, a2));
            var c1 = Vector512.ConditionalSelect(in0, b0, Vector512.ConditionalSelect(in1, b1, b2));
            regime = (Vector512.GreaterThanOrEqual(u, c0) & one) + (Vector512.GreaterThanOrEqual(u, c1) & one);
        }
        return (atCompletion, atPlanned, logI, occ0, occ1);
    }

    /// <summary>Per-unit value (owners' side), developer and fund at completion, restated to the planned completion date.</summary>
    private (Vector512<double> PerUnit, Vector512<double> Developer, Vector512<double> Fund) Outcomes(
        Vector512<double> index, Vector512<double> overrun, Vector512<double> tc, Vector512<double> td)
    {
        var cost = Vector512.Create(p.ConstructionCost);
        var built = cost * overrun;
        var finance = Vector512<double>.Zero;
        if (p.FinanceMonthly > 0)
        {
            // Cost drawn evenly at the start of each construction month, each draw compounding to completion.
            // Only borrowed money is financed (docs/risk.md, "Costs"): under equity the developer's C is its
            // capital, paid for by its units, so the fund borrows just the overrun above C; under cost-in-kind
            // the developer advances the whole cost and is repaid with interest.
            var r = p.FinanceMonthly;
            var n = tc - td;
            var growth = Vector512.Exp(n * Vector512.Create(Math.Log(1 + r)));
            var borrowed = p.Equity ? Vector512.Max(built - cost, Vector512<double>.Zero) : built;
            finance = borrowed * (Vector512.Create((1 + r) / r) * (growth - Vector512<double>.One) - n) / n;
        }
        var restate = Vector512.Exp((Vector512.Create((double)p.PlannedCompletion) - tc) * Vector512.Create(p.DepositLog));
        var value = Vector512.Create(p.PostValue) * index;
        var charges = built - cost + finance + Vector512.Create(p.HoldOutExtra);
        if (p.Equity)
        {
            var nav = Vector512.Max(value - charges, Vector512<double>.Zero) * restate;
            var perUnit = nav / Vector512.Create(p.TotalUnits);
            return (perUnit, perUnit * Vector512.Create(p.DeveloperUnits), nav);
        }
        var burden = Vector512.Create(p.CommonBurden) + charges;
        var pool = Vector512.Max(value - burden, Vector512<double>.Zero) * restate;
        var developer = Vector512.Max(Vector512.Min(burden, value), Vector512<double>.Zero) * restate;
        return (pool / Vector512.Create(p.OwnerSideUnits), developer, value * restate);
    }

    private static Vector512<double> Months(StageDelay delay, Vector512<double> u)
    {
        if (delay.Lognormal is { } l)
        {
            var x = Vector512.Create(l.Median) * Vector512.Exp(Vector512.Create(l.Sigma) * NormalQuantile.Of(u));
            return Vector512.Floor(Vector512.Min(x, Vector512.Create(l.Max)) + Vector512.Create(0.5));
        }
        var d = delay.Triangular;
        var width = d.Max - d.Min;
        if (width <= 0)
        {
            return Vector512.Create(Math.Floor(d.Min + 0.5));
        }
        var low = Vector512.Create(d.Min) + Vector512.Sqrt(u * Vector512.Create(width * (d.Mode - d.Min)));
        var high = Vector512.Create(d.Max) - Vector512.Sqrt((Vector512<double>.One - u) * Vector512.Create(width * (d.Max - d.Mode)));
        var y = Vector512.ConditionalSelect(Vector512.LessThan(u, Vector512.Create((d.Mode - d.Min) / width)), low, high);
        return Vector512.Floor(y + Vector512.Create(0.5));
    }

    private static void RecordFan(int[] bins, Vector512<double> logI, uint validBits)
    {
        var b = Vector512.Floor((logI - Vector512.Create(FanBins.Low)) * Vector512.Create(1 / FanBins.Width));
        b = Vector512.Min(Vector512.Max(b, Vector512<double>.Zero), Vector512.Create(FanBins.Count - 1.0));
        // One store and eight scalar reads: reading lanes one by one with a variable index spills the vector each time.
        Span<long> idx = stackalloc long[VectorRng.Lanes];
        Vector512.ConvertToInt64(b).StoreUnsafe(ref idx[0]);
        unchecked
        {
            if (validBits == 0xFF)
            {
                bins[idx[0]]++;
                bins[idx[1]]++;
                bins[idx[2]]++;
                bins[idx[3]]++;
                bins[idx[4]]++;
                bins[idx[5]]++;
                bins[idx[6]]++;
                bins[idx[7]]++;
                return;
            }
            for (var lane = 0; lane < VectorRng.Lanes; lane++)
            {
                if ((validBits & (1u << lane)) != 0)
                {
                    bins[idx[lane]]++;
                }
            }
        }
    }

    private void Record(Accumulator acc, int stream, Vector512<double> x, Vector512<double> mask)
    {
        var bits = (uint)mask.ExtractMostSignificantBits();
        if (bits == 0)
        {
            return;
        }
        var positive = Vector512.GreaterThan(x, Vector512<double>.Zero);
        var scaled = Vector512.Log(Vector512.Max(x * Vector512.Create(1 / p.Scale[stream]), Vector512.Create(1e-300)));
        var b = Vector512.Floor((scaled - Vector512.Create(LogBins.Low)) * Vector512.Create(1 / LogBins.Width));
        b = Vector512.Min(Vector512.Max(b, Vector512<double>.Zero), Vector512.Create(LogBins.Count - 1.0)) + Vector512<double>.One;
        Span<long> idx = stackalloc long[VectorRng.Lanes];
        Span<double> values = stackalloc double[VectorRng.Lanes];
        Vector512.ConvertToInt64(b & positive).StoreUnsafe(ref idx[0]);
        x.StoreUnsafe(ref values[0]);
        var hist = acc.Histograms[stream];
        ref var min = ref acc.Min[stream];
        ref var max = ref acc.Max[stream];
        unchecked
        {
            for (var lane = 0; lane < VectorRng.Lanes; lane++)
            {
                if ((bits & (1u << lane)) != 0)
                {
                    hist[idx[lane]]++;
                    var v = values[lane];
                    if (v > 0)
                    {
                        min = Math.Min(min, v);
                        max = Math.Max(max, v);
                    }
                }
            }
        }
        var thresholds = p.Thresholds[stream];
        var below = acc.Below[stream];
        for (var j = 0; j < thresholds.Length; j++)
        {
            below[j] -= (Vector512.LessThan(x, Vector512.Create(thresholds[j])) & mask).AsInt64();
        }
    }
}
