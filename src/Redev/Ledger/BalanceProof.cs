namespace Redev.Ledger;

/// <summary>
/// A holder's part of a version-3 receipt: their leaf, its index in the balance tree, and the
/// siblings (hash and sums) from the leaf up to the root, in the order RFC 9162 gives an audit path.
/// </summary>
public sealed record BalanceProof(BalanceLeaf Leaf, long Index, IReadOnlyList<SumNode> Path);
