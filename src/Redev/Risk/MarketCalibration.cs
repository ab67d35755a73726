namespace Redev.Risk;

/// <summary>What a calibration fitted and the figures it matched (docs/risk.md, "Calibration to Hong Kong").</summary>
/// <param name="AnnualDrift">Mean of the series' year-on-year log changes (the target of the model's annual drift).</param>
/// <param name="AnnualVolatility">Standard deviation of those changes (the target of the model's annual volatility).</param>
/// <param name="Years">How many year-on-year changes the targets rest on.</param>
/// <param name="QuartersInRegime">How many quarters were labelled downturn, stabilising and expansion.</param>
public sealed record MarketCalibration(RegimeDynamics Market, double AnnualDrift, double AnnualVolatility, int Years, IReadOnlyList<int> QuartersInRegime)
{
    /// <summary>A quarter whose log change is below this is labelled a downturn quarter.</summary>
    public const double DownturnBelow = -0.02;

    /// <summary>A quarter whose log change is above this is labelled an expansion quarter; between the two, stabilising.</summary>
    public const double ExpansionAbove = 0.03;

    /// <summary>
    /// Fits the three-regime model to a quarterly price index (oldest first): labels each quarter by
    /// its log change, takes each regime's monthly drift and volatility from its quarters and the
    /// monthly transition matrix from the quarter-to-quarter moves between labels; then shifts every
    /// drift by one constant and scales every volatility by one factor so that the model's one-year
    /// log change, started from the long-run regime mix, has exactly the series' mean and standard
    /// deviation of year-on-year log changes.
    /// </summary>
    public static MarketCalibration FromQuarterly(IReadOnlyList<double> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        if (levels.Count < 13 || levels.Any(l => !(l > 0) || double.IsInfinity(l)))
        {
            throw new ArgumentException("A calibration needs at least three years of positive quarterly index levels.", nameof(levels));
        }
        var changes = Enumerable.Range(1, levels.Count - 1).Select(k => Math.Log(levels[k] / levels[k - 1])).ToArray();
        var labels = changes.Select(r => r < DownturnBelow ? 0 : r > ExpansionAbove ? 2 : 1).ToArray();
        var counts = new int[3];
        foreach (var l in labels)
        {
            counts[l]++;
        }
        if (counts.Any(c => c < 2))
        {
            throw new ArgumentException("Each regime needs at least two quarters in the series to be estimated.", nameof(levels));
        }

        var returns = new RegimeReturn[3];
        for (var i = 0; i < 3; i++)
        {
            var mine = changes.Where((_, k) => labels[k] == i).ToArray();
            var mean = mine.Average();
            var variance = mine.Sum(r => (r - mean) * (r - mean)) / (mine.Length - 1);
            // A quarter is three months of independent steps within a regime.
            returns[i] = new RegimeReturn(mean / 3, Math.Sqrt(variance / 3));
        }

        var moves = new double[3, 3];
        for (var k = 1; k < labels.Length; k++)
        {
            moves[labels[k - 1], labels[k]]++;
        }
        var rows = new IReadOnlyList<double>[3];
        for (var i = 0; i < 3; i++)
        {
            var total = moves[i, 0] + moves[i, 1] + moves[i, 2];
            var leaving = total - moves[i, i];
            // Staying three months running must be as likely as staying a quarter; leavers go where the quarters went.
            var stay = leaving == 0 ? 1 : Math.Pow(moves[i, i] / total, 1.0 / 3);
            rows[i] = Enumerable.Range(0, 3).Select(j => j == i ? stay : leaving == 0 ? 0 : (1 - stay) * moves[i, j] / leaving).ToArray();
        }
        var fitted = new RegimeDynamics(returns, rows);

        var annual = Enumerable.Range(1, (levels.Count - 1) / 4).Select(y => Math.Log(levels[4 * y] / levels[4 * (y - 1)])).ToArray();
        var drift = annual.Average();
        var volatility = Math.Sqrt(annual.Sum(a => (a - drift) * (a - drift)) / (annual.Length - 1));

        var (modelDrift, withinVariance, switchingVariance) = AnnualMoments(fitted);
        if (volatility * volatility <= switchingVariance)
        {
            throw new ArgumentException("The regimes' drifts alone vary more than the series does; no volatility scale fits.", nameof(levels));
        }
        var shift = (drift - modelDrift) / 12;
        var scale = Math.Sqrt((volatility * volatility - switchingVariance) / withinVariance);
        var market = new RegimeDynamics(
            returns.Select(r => new RegimeReturn(r.MonthlyDrift + shift, r.MonthlyVolatility * scale)).ToArray(), rows);
        return new MarketCalibration(market, drift, volatility, annual.Length, counts);
    }

    /// <summary>
    /// The exact mean and variance of the one-year (12-month) log change of <paramref name="market"/> started
    /// from its long-run regime mix: the variance is the volatility's part plus the part from the drift switching.
    /// </summary>
    public static (double Drift, double WithinVariance, double SwitchingVariance) AnnualMoments(RegimeDynamics market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var pi = market.Stationary();
        var mu = market.Returns.Select(r => r.MonthlyDrift).ToArray();
        var mean = Enumerable.Range(0, 3).Sum(i => pi[i] * mu[i]);
        var within = 12 * Enumerable.Range(0, 3).Sum(i => pi[i] * market.Returns[i].MonthlyVolatility * market.Returns[i].MonthlyVolatility);
        // Cov(μ(s), μ(s+k)) = Σ π_i μ_i (P^k μ)_i − mean²; the 12 months' drifts have 12 − k pairs k apart.
        var ahead = (double[])mu.Clone();
        var switching = 0.0;
        for (var k = 0; k < 12; k++)
        {
            var cov = Enumerable.Range(0, 3).Sum(i => pi[i] * mu[i] * ahead[i]) - mean * mean;
            switching += (k == 0 ? 12 : 2 * (12 - k)) * cov;
            ahead = Enumerable.Range(0, 3).Select(i => Enumerable.Range(0, 3).Sum(j => market.Transitions[i][j] * ahead[j])).ToArray();
        }
        return (12 * mean, within, switching);
    }
}
