using Redev.Schemes;

namespace Redev.App.Schemes;

/// <summary>What a file of signed forms did: the scheme as saved, and how many consents it recorded and withdrew.</summary>
public sealed record ConsentsImported(Scheme Scheme, int Given, int Withdrawn);
