namespace Redev.Risk;

/// <summary>
/// A delay in months drawn from a lognormal distribution, Median·exp(Sigma·Z), capped at
/// <see cref="Max"/> and rounded to the nearest whole month. Lognormal because delays are skewed:
/// most stages run a little late and a few run very late, which a triangle with a short right
/// side understates. The cap keeps every path inside a fixed simulation horizon.
/// </summary>
/// <param name="Median">The delay half the paths stay below, in months (the geometric middle).</param>
/// <param name="Sigma">Standard deviation of ln(delay); 0 makes the delay exactly the median.</param>
/// <param name="Max">The longest delay, in months: draws above it are taken as it.</param>
public readonly record struct LognormalDelay(double Median, double Sigma, double Max)
{
    /// <summary>The uncapped lognormal's mean, Median·exp(Sigma²/2): what the simulated delays average when the cap is far in the tail.</summary>
    public double Mean => Median * Math.Exp(Sigma * Sigma / 2);
}
