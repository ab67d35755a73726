using Redev.Cycle;

namespace Redev.Tests.Cycle;

/// <summary>Builders for series with known turning points.</summary>
internal static class Synthetic
{
    public static readonly YearMonth Start = YearMonth.Of(2000, 1);

    /// <summary>A sine of the given period (months) with peaks at period/4 + k·period, plus seeded Gaussian noise.</summary>
    public static double[] Sine(int months, int period, double amplitude, double noise, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, months).Select(t =>
        {
            var gauss = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return 100 + (amplitude * Math.Sin(2 * Math.PI * t / period)) + (noise * gauss);
        }).ToArray();
    }

    /// <summary>Straight lines between (month index, value) knots.</summary>
    public static double[] Piecewise(params (int At, double Value)[] knots)
    {
        var values = new List<double>();
        for (var k = 0; k + 1 < knots.Length; k++)
        {
            var (a, va) = knots[k];
            var (b, vb) = knots[k + 1];
            for (var t = a; t < b; t++)
            {
                values.Add(va + ((vb - va) * (t - a) / (b - a)));
            }
        }
        values.Add(knots[^1].Value);
        return [.. values];
    }

    public static TimeSeries Monthly(string name, double[] values, YearMonth? start = null) => new(name, start ?? Start, 1, values);

    public static MarketSeries Role(string name, double[] values, int lag = 0, YearMonth? start = null) => new(Monthly(name, values, start), lag);

    public static string Csv(YearMonth start, IEnumerable<double> values) =>
        "date,value\n" + string.Concat(values.Select((v, i) =>
            $"{start.AddMonths(i)}-01,{v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\n"));
}
