namespace Redev.Completion;

/// <summary>A holder and its lottery ticket (hex SHA-256); the lower ticket picks first.</summary>
public sealed record LotteryTicket(string Holder, string Ticket);
