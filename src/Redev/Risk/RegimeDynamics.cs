namespace Redev.Risk;

/// <summary>
/// The market model: each regime's monthly log-return and the Markov matrix of moving between
/// regimes from one month to the next. Validated by <see cref="ScenarioJson"/>; rows sum to one.
/// </summary>
/// <param name="Returns">Indexed by <see cref="MarketRegime"/>.</param>
/// <param name="Transitions">Transitions[from][to]: probability of regime <c>to</c> next month given <c>from</c> now.</param>
public sealed record RegimeDynamics(IReadOnlyList<RegimeReturn> Returns, IReadOnlyList<IReadOnlyList<double>> Transitions)
{
    /// <summary>A single regime in force for ever: drift and volatility the same in all three, no switching.</summary>
    public static RegimeDynamics OneRegime(double drift, double volatility) => new(
        [new(drift, volatility), new(drift, volatility), new(drift, volatility)],
        [[1, 0, 0], [0, 1, 0], [0, 0, 1]]);

    /// <summary>
    /// The long-run share of months spent in each regime (π = πP), found by power iteration from
    /// the uniform distribution; tests compare the simulated occupancy with it.
    /// </summary>
    public IReadOnlyList<double> Stationary(int iterations = 10_000)
    {
        var pi = new[] { 1.0 / 3, 1.0 / 3, 1.0 / 3 };
        for (var k = 0; k < iterations; k++)
        {
            var next = new double[3];
            for (var i = 0; i < 3; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    next[j] += pi[i] * Transitions[i][j];
                }
            }
            pi = next;
        }
        return pi;
    }
}
