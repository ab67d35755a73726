namespace Redev.App.Completion;

/// <summary>A holder's choice (flat, cash or income), and who recorded it; the latest before the window closes counts.</summary>
public sealed record ChoiceRecord(string Holder, string Choice, string By);
