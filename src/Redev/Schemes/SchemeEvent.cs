namespace Redev.Schemes;

/// <summary>A change of state, kept so that anyone can see when and why a scheme moved.</summary>
public sealed record SchemeEvent(DateTimeOffset At, SchemeState From, SchemeState To, string Note);

/// <summary>An owner's consent, with when it was given.</summary>
public sealed record Consent(string Owner, DateTimeOffset At);
