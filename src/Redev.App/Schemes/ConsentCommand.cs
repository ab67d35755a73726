using Redev.Schemes;

namespace Redev.App.Schemes;

/// <summary>An owner's consent, by the owner's text exactly as written in the register.</summary>
public sealed record ConsentCommand(string? Scheme, string? Owner);
