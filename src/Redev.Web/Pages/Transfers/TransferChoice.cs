namespace Redev.Web.Pages.Transfers;

/// <summary>
/// One scheme a holder may transfer in: their holders there that have fund units free to transfer (none: the page
/// says so instead of offering a form that can only be refused). Who receives is typed (a holder's id or name) and
/// resolved by the application layer, so the page never lists the other owners and holders by name.
/// </summary>
public sealed record TransferChoice(string Scheme, string SchemeName, IReadOnlyList<string> From);
