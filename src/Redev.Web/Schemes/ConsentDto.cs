namespace Redev.Web.Schemes;

/// <param name="Evidence">For a consent recorded from a signed paper form: its reference or the SHA-256 of its scan; null when given online.</param>
public sealed record ConsentDto(string Owner, DateTimeOffset At, string? Evidence = null);
