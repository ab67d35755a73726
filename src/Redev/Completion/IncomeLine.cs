using Redev.Primitives;

namespace Redev.Completion;

/// <summary>One holder's income distribution: its units × the cents per unit, paid to the payee (its mortgagee when pledged).</summary>
public sealed record IncomeLine(string Holder, string Payee, long Units, Cents Cents);
