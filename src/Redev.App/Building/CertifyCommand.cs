namespace Redev.App.Building;

/// <summary>
/// A certification as the certifier gives it: the milestone by number (1-based) or name, the SHA-256 hashes of
/// the documents it rests on (comma- or space-separated), and who the draw is paid to.
/// </summary>
public sealed record CertifyCommand(string? Scheme, string? Milestone, string? Evidence, string? Payee);
