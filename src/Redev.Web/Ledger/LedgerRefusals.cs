using Microsoft.AspNetCore.Http.HttpResults;
using Redev.Web.Problems;

namespace Redev.Web.Ledger;

/// <summary>
/// The ledger's refusals as problem details: malformed requests are 400, a request that contradicts
/// what the ledger holds (a used id, a decided or expired transfer, the scheme's state) is 409, and
/// a well-formed request the balances or accounts cannot honour is 422. The refusal code is kept.
/// </summary>
public static class LedgerRefusals
{
    public static int StatusOf(string code) => code switch
    {
        "bad-amount" or "bad-id" or "bad-expiry" or "bad-code" or "bad-pending" or "same-account" or "asset-mismatch" or "empty-batch" or "bad-input"
            or "note-too-long" or "reason-too-long" or "metadata-too-long"
            => StatusCodes.Status400BadRequest,
        "no-scheme" or "no-transfer" or "pending-not-found" => StatusCodes.Status404NotFound,
        "insufficient" or "unknown-account" or "unknown-recipient" or "release-not-authorised" or "unknown-scheme" => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status409Conflict,
    };

    public static ProblemHttpResult Problem(HttpContext http, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var status = StatusOf(refusal.Code);
        var title = status switch
        {
            400 => "Bad input",
            404 => "Not found",
            422 => "The ledger cannot do this",
            _ => "Conflict",
        };
        return ApiProblems.Make(http, status, title, refusal.Message, refusal.Code);
    }
}
