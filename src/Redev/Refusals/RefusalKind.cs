namespace Redev.Refusals;

/// <summary>
/// What kind of "no" a refusal is. The kind fixes both the HTTP status and the CLI's exit code, so the
/// web and the command line can never disagree about the same refusal.
/// </summary>
public enum RefusalKind
{
    /// <summary>The request itself is malformed (a bad amount, an unknown state name): 400, exit 2.</summary>
    BadInput,

    /// <summary>The thing asked about does not exist: 404, exit 3.</summary>
    NotFound,

    /// <summary>The caller may not do this: 403, exit 1.</summary>
    Forbidden,

    /// <summary>The caller is not known (no or wrong credentials): 401, exit 1.</summary>
    Unauthenticated,

    /// <summary>What is stored does not allow it now (a state, a used id): 409, exit 1.</summary>
    Conflict,

    /// <summary>Well-formed, but the rules or the balances cannot honour it: 422, exit 1.</summary>
    Unprocessable,

    /// <summary>The request or a file in it is over a stated size limit: 413, exit 2.</summary>
    TooLarge,
}
