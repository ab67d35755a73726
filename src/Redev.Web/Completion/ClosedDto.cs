namespace Redev.Web.Completion;

/// <summary>The closing of a scheme: the residue paid out of escrow and to whom, and how many final statements were written.</summary>
public sealed record ClosedDto(string State, long ResidueCents, string ResidueTo, int FinalStatements);
