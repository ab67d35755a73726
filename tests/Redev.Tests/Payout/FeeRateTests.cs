using System.Globalization;
using System.Numerics;
using Redev.Payout;
using Redev.Primitives;

namespace Redev.Tests.Payout;

public class FeeRateTests
{
    [Theory]
    [InlineData("0", "0", "1")]
    [InlineData("0.015", "3", "200")]
    [InlineData("0.1", "1", "10")]
    [InlineData("00.50", "1", "2")]
    [InlineData("0.999999999999999999999", "999999999999999999999", "1000000000000000000000")]
    public void A_decimal_is_read_exactly_as_a_fraction(string text, string numerator, string denominator)
    {
        Assert.True(FeeRate.TryParse(text, out var rate, out var tooLarge));
        Assert.False(tooLarge);
        Assert.Equal(new Rational(BigInteger.Parse(numerator, CultureInfo.InvariantCulture), BigInteger.Parse(denominator, CultureInfo.InvariantCulture)), rate.Value);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.0")]
    [InlineData("2.5")]
    public void A_rate_of_one_or_more_is_refused_as_too_large(string text)
    {
        Assert.False(FeeRate.TryParse(text, out _, out var tooLarge));
        Assert.True(tooLarge);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-0.1")]
    [InlineData("+0.1")]
    [InlineData(".5")]
    [InlineData("0.")]
    [InlineData("1e-2")]
    [InlineData("1.5%")]
    [InlineData("0,015")]
    [InlineData(" 0.1")]
    [InlineData("abc")]
    public void Anything_but_digits_with_one_point_between_them_is_not_a_rate(string text)
    {
        Assert.False(FeeRate.TryParse(text, out _, out var tooLarge));
        Assert.False(tooLarge);
    }
}
