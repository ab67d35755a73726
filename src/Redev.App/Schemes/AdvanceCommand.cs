using Redev.Schemes;

namespace Redev.App.Schemes;

/// <summary>The next state, as typed (e.g. <c>enrolling</c>), with the enrolment deadline when opening.</summary>
/// <param name="Deadline">Opening enrolment: the last Hong Kong date (YYYY-MM-DD) on which consents count.</param>
public sealed record AdvanceCommand(string? Scheme, string? To, string? Deadline = null, string? Note = null);
