namespace Redev.App.Completion;

/// <summary>The closing of the choice window: the published seed and the lottery order it gives the holders who chose a flat.</summary>
public sealed record WindowClosedRecord(string Seed, string[] Order);
