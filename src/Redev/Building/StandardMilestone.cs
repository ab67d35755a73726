namespace Redev.Building;

/// <summary>
/// A construction stage every Hong Kong building contract names alike: a code the pages find its words by, in
/// each reader's language, and the English name it is written with in the terms, the ledger and the CLI.
/// </summary>
public sealed record StandardMilestone(string Code, string Name);
