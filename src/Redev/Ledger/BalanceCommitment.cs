namespace Redev.Ledger;

/// <summary>
/// What a version-3 checkpoint signs about balances: the root of the balance tree over its holders
/// and what it sums to. <see cref="Units"/> is the units outstanding (what <c>@issuance</c>, which
/// mirrors them, went below zero by) and <see cref="Hkd"/> the cash paid in for holders, so a
/// published checkpoint is a proof of liabilities each holder can check their part of.
/// </summary>
/// <param name="Holders">Leaves of the tree (holders with at least one entry, <c>@issuance</c> and <c>@cash-in</c> excepted).</param>
public sealed record BalanceCommitment(byte[] Root, long Holders, long Units, long Hkd);
