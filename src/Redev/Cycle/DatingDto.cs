using System.Text.Json.Serialization;

namespace Redev.Cycle;

internal sealed class DatingDto
{
    [JsonPropertyName("smoothingTerms")] public int? SmoothingTerms { get; set; }
    [JsonPropertyName("window")] public int? Window { get; set; }
    [JsonPropertyName("refineWindow")] public int? RefineWindow { get; set; }
    [JsonPropertyName("minPhase")] public int? MinPhase { get; set; }
    [JsonPropertyName("minCycle")] public int? MinCycle { get; set; }
    [JsonPropertyName("endCensor")] public int? EndCensor { get; set; }
    [JsonPropertyName("matchTolerance")] public int? MatchTolerance { get; set; }

    public DatingParameters Over(DatingParameters p) => new(
        SmoothingTerms ?? p.SmoothingTerms, Window ?? p.Window, RefineWindow ?? p.RefineWindow,
        MinPhase ?? p.MinPhase, MinCycle ?? p.MinCycle, EndCensor ?? p.EndCensor, MatchTolerance ?? p.MatchTolerance);
}
