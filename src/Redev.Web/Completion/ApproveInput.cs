namespace Redev.Web.Completion;

/// <summary>The notary's approval repeats the proposal's batch SHA-256, as checked.</summary>
public sealed record ApproveInput(string? BatchSha256);
