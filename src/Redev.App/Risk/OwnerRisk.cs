using Redev.Schemes;

namespace Redev.App.Risk;

/// <summary>What the risk preview gives a page or an API call: the scheme's run, for the owner asked about.</summary>
public sealed record OwnerRisk(string Scheme, string Owner, SchemeRisk Risk);
