using Redev.Risk;

namespace Redev.App.Risk;

/// <summary>A scheme's risk run, or why there is none; <see cref="StartingRegimeSource"/> says where month 1's regime came from.</summary>
public sealed record SchemeRisk(SchemeRiskModel? Built, RiskReport? Report, Refusal? Refusal, MarketRegime StartingRegime, string StartingRegimeSource, RiskDefaults Defaults);
