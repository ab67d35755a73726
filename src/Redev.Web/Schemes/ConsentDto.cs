namespace Redev.Web.Schemes;

public sealed record ConsentDto(string Owner, DateTimeOffset At);
