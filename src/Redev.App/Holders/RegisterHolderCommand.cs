namespace Redev.App.Holders;

/// <summary>A new holder as the notary records it, optionally tied to the sign-in the person or company uses.</summary>
public sealed record RegisterHolderCommand(string? Id, string? Kind, string? NameEnglish, string? NameChinese, string? UserName = null);
