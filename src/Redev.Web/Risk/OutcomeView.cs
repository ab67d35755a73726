using Redev.Risk;

namespace Redev.Web.Risk;

/// <summary>The 5/25/50/75/95th percentiles of an outcome, its mean, and the expected shortfall at 5% (mean of the worst 5%).</summary>
public sealed record OutcomeView(Money P5, Money P25, Money P50, Money P75, Money P95, Money Mean, Money ExpectedShortfall5)
{
    public static OutcomeView Of(OutcomeSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(Money.Of(s.P5), Money.Of(s.P25), Money.Of(s.P50), Money.Of(s.P75), Money.Of(s.P95), Money.Of(s.Mean), Money.Of(s.ExpectedShortfall5));
    }
}
