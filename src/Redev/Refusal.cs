namespace Redev;

/// <summary>
/// An expected "no" to a user's request (a transition too early, a consent from a stranger), with a
/// stable code for programs and a message for people. Bugs throw; refusals are returned.
/// </summary>
public sealed record Refusal(string Code, string Message)
{
    public override string ToString() => $"{Message} [{Code}]";
}
