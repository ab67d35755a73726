namespace Redev.Web.Completion;

/// <summary>A choice: flat, cash or income. The holder is the caller's own when left out; the convener names it (from the holder's signed form).</summary>
public sealed record ChoiceInput(string? Choice, string? Holder = null);
