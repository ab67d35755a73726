using System.Numerics;
using Redev.Primitives;

namespace Redev.Schemes;

/// <summary>
/// Consents on one lot, counted in undivided shares against the lot's threshold.
/// </summary>
/// <param name="CountableShares">Shares held by owners (common-parts shares are on neither side).</param>
/// <param name="ConsentedShares">Shares of flats all of whose co-owners have consented.</param>
/// <param name="ThresholdPercent">The percentage required, when a threshold has been applied.</param>
public sealed record LotProgress(string Lot, UndividedShares CountableShares, UndividedShares ConsentedShares, UndividedShares CommonShares, int? ThresholdPercent)
{
    /// <summary>Consented share of the countable shares, exact.</summary>
    public Rational Fraction => CountableShares.Value == 0 ? Rational.Zero : new Rational(ConsentedShares.Value, CountableShares.Value);

    /// <summary>True when consents reach at least the threshold ("not less than", as the ordinance says).</summary>
    public bool MeetsThreshold => ThresholdPercent is { } t && Reaches(t);

    /// <summary>Whether consents reach <paramref name="percent"/>% exactly, without rounding.</summary>
    public bool Reaches(int percent) =>
        new BigInteger(ConsentedShares.Value) * 100 >= new BigInteger(CountableShares.Value) * percent;

    /// <summary>The consented percentage for display, to two decimals (floor, so 89.999% never shows as 90%).</summary>
    public decimal PercentForDisplay => CountableShares.Value == 0 ? 0m
        : (decimal)(new BigInteger(ConsentedShares.Value) * 10000 / CountableShares.Value) / 100m;
}
