namespace Redev.Web.Completion;

/// <summary>A holder's choice as recorded (flat, cash or income) and who recorded it; the latest before the window closes counts.</summary>
public sealed record ChoiceDto(string Holder, string Choice, string By);
