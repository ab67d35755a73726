namespace Redev.App.Completion;

/// <summary>A flat kept by the income fund to let, at its appraised value.</summary>
public sealed record KeptRecord(string Flat, long ValueCents);
