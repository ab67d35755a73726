using Redev.Primitives;

namespace Redev.Risk;

/// <summary>The developer's or the whole fund's outcome against what it would have had without the scheme.</summary>
public sealed record PartyRisk(string Party, Cents Alternative, OutcomeSummary Outcome, double ProbabilityBelowAlternative);
