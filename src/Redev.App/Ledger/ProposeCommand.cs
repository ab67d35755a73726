using Redev.Schemes;

namespace Redev.App.Ledger;

/// <summary>What a holder proposes: fund units of <see cref="From"/> (one of theirs) to <see cref="To"/>.</summary>
/// <param name="Id">The client's 128-bit id, so that a retried request does not propose twice; new if absent.</param>
/// <param name="To">Who receives: a ledger account, a holder's id or registered name, or the developer.</param>
public sealed record ProposeCommand(Guid? Id, string? Scheme, string? From, string? To, long Units, string? Note);
