using System.Runtime.Intrinsics;

namespace Redev.Risk;

/// <summary>
/// Runs the Monte Carlo: fixed blocks of <see cref="PathKernel.BlockPaths"/> paths spread over
/// threads with Parallel.For, each block seeded from (seed, block index) alone. Integer results are
/// merged in any order (addition is exact); each block's floating-point sums are kept in its own
/// slot and added in block order at the end. So the report is bit-identical for any thread count.
/// </summary>
public static class RiskEngine
{
    /// <summary>Simulates <paramref name="paths"/> paths of <paramref name="model"/> under <paramref name="seed"/>.</summary>
    /// <param name="threads">Worker threads; 0 for all cores. Changes the speed, never the result.</param>
    public static RiskReport Run(RiskModel model, long paths, ulong seed, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(paths, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        var layout = ThresholdLayout.For(model);
        var parameters = KernelParameters.From(model, layout.Thresholds);
        var kernel = new PathKernel(parameters);
        var blocks = checked((int)((paths + PathKernel.BlockPaths - 1) / PathKernel.BlockPaths));
        var sums = new double[checked(blocks * PathKernel.SumsPerBlock)];
        var counts = parameters.Thresholds.Select(t => t.Length).ToArray();
        var total = new Accumulator(counts, parameters.FanMonths.Length);
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads == 0 ? Environment.ProcessorCount : threads };
        Parallel.For(0, blocks, options,
            () => new Accumulator(counts, parameters.FanMonths.Length),
            (block, _, acc) =>
            {
                var inBlock = (int)Math.Min(PathKernel.BlockPaths, paths - (long)block * PathKernel.BlockPaths);
                kernel.RunBlock(seed, block, inBlock, acc, sums.AsSpan(block * PathKernel.SumsPerBlock, PathKernel.SumsPerBlock));
                return acc;
            },
            acc =>
            {
                lock (gate)
                {
                    acc.MergeInto(total);
                }
            });
        var blockTotals = new double[PathKernel.SumsPerBlock];
        for (var b = 0; b < blocks; b++)
        {
            for (var k = 0; k < PathKernel.SumsPerBlock; k++)
            {
                blockTotals[k] += sums[b * PathKernel.SumsPerBlock + k];
            }
        }
        return ReportBuilder.Build(model, parameters, layout, total, blockTotals, seed);
    }

    /// <summary>Sums a vector of lane counts (the threshold counters are kept lane-wise).</summary>
    internal static long Sum(Vector512<long> lanes) => Vector512.Sum(lanes);
}
