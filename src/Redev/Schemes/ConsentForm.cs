namespace Redev.Schemes;

/// <summary>One signed paper form from a file of them: an owner's consent or withdrawal, with its evidence.</summary>
/// <param name="Line">The file's line, for problems found when the form is applied.</param>
/// <param name="Owner">The owner exactly as the register writes them.</param>
/// <param name="Withdraw">True for a withdrawal, false for a consent.</param>
/// <param name="SignedOn">The Hong Kong date the owner signed; the consent counts from then, and the deadline is judged on it.</param>
/// <param name="Evidence">The form's reference or the SHA-256 of its scan (lower-case hex).</param>
public sealed record ConsentForm(int Line, string Owner, bool Withdraw, DateOnly SignedOn, string Evidence)
{
    /// <summary>The instant the form stands for: the start of its signing day in Hong Kong.</summary>
    public DateTimeOffset SignedAt => new(SignedOn.ToDateTime(TimeOnly.MinValue), Scheme.HongKongOffset);
}
