namespace Redev.Ledger;

/// <summary>A node of the balance tree: its hash and the units and HKD cents of every leaf under it.</summary>
public sealed record SumNode(byte[] Hash, long Units, long Hkd);
