namespace Redev.Schemes;

/// <summary>An owner's consent, with when it was given.</summary>
public sealed record Consent(string Owner, DateTimeOffset At);
