using Redev.Schemes;

namespace Redev.App.Schemes;

/// <summary>The scheme after the step, and how many ledger accounts received units when it vested.</summary>
public sealed record Advanced(Scheme Scheme, int AccountsIssued);
