using System.Diagnostics.CodeAnalysis;

namespace Redev.App;

/// <summary>
/// What every use case returns: the value, or the refusal that stopped it (whose code the catalogue maps to
/// an HTTP status, an exit code and words in both languages). Nothing is changed when it is a refusal.
/// </summary>
// Done and Refused are how a use case says which it is; as statics on the type they read as Result<Scheme>.Done(s).
#pragma warning disable CA1000
public sealed class Result<T>
{
    private Result(T? value, Refusal? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public T? Value { get; }
    public Refusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Refusal is null;

    public static Result<T> Done(T value) => new(value, null);

    public static Result<T> Refused(Refusal refusal) => new(default, refusal ?? throw new ArgumentNullException(nameof(refusal)));

    public static implicit operator Result<T>(Refusal refusal) => Refused(refusal);

    public Result<TOut> Map<TOut>(Func<T, TOut> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return Succeeded ? Result<TOut>.Done(f(Value)) : Result<TOut>.Refused(Refusal);
    }
}
#pragma warning restore CA1000
