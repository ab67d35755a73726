namespace Redev.Web.Schemes;

public sealed record HistoryDto(DateTimeOffset At, string From, string To, string Note);
