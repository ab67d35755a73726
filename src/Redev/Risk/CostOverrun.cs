namespace Redev.Risk;

/// <summary>Lognormal construction-cost overrun: the multiplier is Median·exp(Sigma·Z).</summary>
public readonly record struct CostOverrun(double Median, double Sigma)
{
    public static CostOverrun None => new(1, 0);
}
