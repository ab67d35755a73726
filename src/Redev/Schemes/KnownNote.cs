namespace Redev.Schemes;

/// <summary>
/// A note Redev writes itself on a scheme's move: a code the pages find its words by, in each reader's language,
/// and the English text stored in the scheme's history (and shown by the CLI and the API).
/// </summary>
public sealed record KnownNote(string Code, string Text);
