using System.Globalization;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>The checks every completion use case shares: who is asking, which scheme, in which state, and the plain fields.</summary>
internal static class CompletionInput
{
    public static async Task<Result<CompletionFacts>> LoadAsync(RedevStore store, string? schemeId, DateTimeOffset now, CancellationToken ct, params SchemeState[] states)
    {
        if (await SchemeLookup.FindAsync(store, schemeId, ct) is not { } scheme)
        {
            return AppRefusals.NoScheme(schemeId ?? "");
        }
        if (states.Length > 0 && !states.Contains(scheme.State))
        {
            return Refusal.With("not-completed", $"Scheme {scheme.Id} is {scheme.State}; this step is taken when it is {string.Join(" or ", states)}.",
                ("state", scheme.State.ToString()));
        }
        return Result<CompletionFacts>.Done(await CompletionFacts.LoadAsync(store, scheme, now, ct));
    }

    /// <summary>A name a person typed (a buyer, a tenant, a payee): 1 to 100 characters, no control characters.</summary>
    public static Refusal? Name(string field, string? text, out string value)
    {
        value = text?.Trim() ?? "";
        return value.Length is 0 or > 100 || value.Any(char.IsControl)
            ? Refusal.With("bad-name", $"{field}: give 1 to 100 characters.", ("field", field))
            : null;
    }

    public static Refusal? Amount(string field, string? text, bool allowZero, out Cents value)
    {
        if (Cents.TryParseHkd(text, out value) && (value.Value > 0 || (allowZero && value.Value == 0)))
        {
            return null;
        }
        return Refusal.With("bad-amount", $"{field}: \"{text}\" is not {(allowZero ? "an" : "a positive")} HKD amount with at most 2 decimals.", ("field", field));
    }

    public static Refusal? Month(string field, string? text, out DateOnly month)
    {
        if (DateOnly.TryParseExact((text?.Trim() ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month))
        {
            return null;
        }
        return Refusal.With("bad-month", $"{field}: \"{text}\" is not a month written YYYY-MM.", ("field", field));
    }
}
