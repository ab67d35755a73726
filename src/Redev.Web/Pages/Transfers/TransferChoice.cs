namespace Redev.Web.Pages.Transfers;

/// <summary>One scheme a holder may transfer in: their holders there and who may receive.</summary>
public sealed record TransferChoice(string Scheme, string SchemeName, IReadOnlyList<string> From, IReadOnlyList<string> To);
