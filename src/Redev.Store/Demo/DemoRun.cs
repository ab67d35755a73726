using Redev.Schemes;

namespace Redev.Store.Demo;

/// <summary>What the demo did, for whoever shows it (the CLI's tables, the web app's first start).</summary>
public sealed record DemoRun(Scheme Scheme, IReadOnlyList<LotProgress> AtOpening, IReadOnlyList<string> HoldOuts);
