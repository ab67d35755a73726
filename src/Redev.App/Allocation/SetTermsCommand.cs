using Redev.Schemes;

namespace Redev.App.Allocation;

/// <summary>A scheme's allocation terms as typed.</summary>
public sealed record SetTermsCommand(string? Scheme, TermsText Terms);
