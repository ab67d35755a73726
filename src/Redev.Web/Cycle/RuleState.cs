using Microsoft.Extensions.Localization;

namespace Redev.Web.Cycle;

/// <summary>Whether one rule holds in the month read.</summary>
public enum RuleState
{
    Met,
    NotMet,

    /// <summary>The series are there, but they give no reading yet (stale, or no direction).</summary>
    Unknown,

    /// <summary>A series the rule needs is missing from the market.</summary>
    NotEvaluable,
}
