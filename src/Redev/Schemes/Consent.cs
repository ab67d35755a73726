namespace Redev.Schemes;

/// <summary>An owner's consent, with when it was given.</summary>
/// <param name="Evidence">For a consent recorded from a signed paper form: the form's reference or the SHA-256 of its scan; null when the owner consented online.</param>
public sealed record Consent(string Owner, DateTimeOffset At, string? Evidence = null);
