namespace Redev.Schemes;

/// <summary>A change of state, kept so that anyone can see when and why a scheme moved.</summary>
public sealed record SchemeEvent(DateTimeOffset At, SchemeState From, SchemeState To, string Note);
