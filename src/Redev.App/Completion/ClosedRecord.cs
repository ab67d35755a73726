namespace Redev.App.Completion;

/// <summary>The closing of a scheme: the residue paid out of escrow and to whom, and the holders given final statements.</summary>
public sealed record ClosedRecord(long ResidueCents, string ResidueTo, string[] Holders);
