using Redev.Primitives;

namespace Redev.Completion;

/// <summary>One payment of a waterfall: to whom, at which step, and how much. <see cref="Units"/> is the holder's units (0 for the other steps).</summary>
public sealed record WaterfallLine(WaterfallStep Step, string Name, string Payee, long Units, Cents Cents, string Holder = "");
