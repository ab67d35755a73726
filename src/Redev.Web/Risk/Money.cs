using Redev.Primitives;

namespace Redev.Web.Risk;

/// <summary>An amount both exactly (cents) and as text (HKD with two decimals), as the allocation preview gives them.</summary>
public sealed record Money(long Cents, string Hkd)
{
    public static Money Of(Cents c) => new(c.Value, c.ToDecimalString());
}
