namespace Redev.App.Completion;

/// <summary>A holder's choice, <c>flat</c>, <c>cash</c> or <c>income</c>; the convener may record it for any holder from a signed form.</summary>
public sealed record ChooseCommand(string? Scheme, string? Holder, string? Choice);
