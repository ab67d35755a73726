using Redev.Primitives;

namespace Redev.Risk;

/// <summary>A distribution of money outcomes, each figure rounded half away from zero to the cent.</summary>
/// <param name="ExpectedShortfall5">The mean of the worst 5% of outcomes.</param>
public sealed record OutcomeSummary(Cents P5, Cents P25, Cents P50, Cents P75, Cents P95, Cents Mean, Cents ExpectedShortfall5);
