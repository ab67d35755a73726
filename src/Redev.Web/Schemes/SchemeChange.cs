using Redev.Schemes;
using Redev.Text;

namespace Redev.Web.Schemes;

/// <summary>The outcome of a change asked of a scheme: done, no such scheme, refused by a rule, or bad input.</summary>
public sealed record SchemeChange(Scheme? Scheme, Refusal? Refusal, IReadOnlyList<InputProblem> Problems)
{
    public bool NotFound => Scheme is null && Refusal is null && Problems.Count == 0;
    public bool Succeeded => Scheme is not null && Refusal is null && Problems.Count == 0;

    public static SchemeChange Done(Scheme s) => new(s, null, []);
    public static SchemeChange Missing { get; } = new(null, null, []);
    public static SchemeChange Refused(Refusal r) => new(null, r, []);
    public static SchemeChange Invalid(IReadOnlyList<InputProblem> p) => new(null, null, p);
}
