namespace Redev.Web.Completion;

/// <summary>The closing of the choice window: the published seed, the lottery order of the holders who chose a flat, and the command that recomputes it.</summary>
public sealed record WindowClosedDto(string Seed, IReadOnlyList<string> Order, string RecomputeCommand);
