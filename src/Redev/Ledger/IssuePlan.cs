using Redev.Schemes;

namespace Redev.Ledger;

/// <summary>The accounts to open and the linked batch that issues a vested scheme's units.</summary>
public sealed record IssuePlan(SchemeId Scheme, IReadOnlyList<AccountRef> Accounts, IReadOnlyList<TransferRequest> Transfers);
