using Microsoft.Extensions.Localization;

namespace Redev.Web.Cycle;

/// <summary>One line of the month's checklist, in plain words.</summary>
public sealed record ChecklistItem(int Rule, RuleState State, string Text);
