namespace Redev.Web.Schemes;

/// <summary>The body of <c>POST /api/schemes/{id}/advance</c>.</summary>
/// <param name="To">The next state, e.g. <c>enrolling</c>.</param>
/// <param name="Deadline">Opening enrolment: the last Hong Kong date (YYYY-MM-DD) on which consents count.</param>
public sealed record AdvanceInput(string? To, string? Deadline = null, string? Note = null);
