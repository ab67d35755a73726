using System.Text;
using Redev.App;
using Redev.App.Statements;
using Redev.Statements;
using Redev.Web.Contract;
using Redev.Web.Hosting;
using Redev.Web.Problems;

namespace Redev.Web.Statements;

/// <summary>
/// A holder's statement through the API: <c>GET /api/schemes/{id}/statements/{holder}</c> as JSON and
/// <c>…/csv</c> as the canonical CSV (the same file as the page's download and <c>redev statement --csv</c>).
/// One content type per operation keeps the contract typed for generated clients.
/// </summary>
public static class StatementEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var g = api.MapGroup("/schemes/{id}/statements").WithTags("Statements");
        g.MapGet("/{holder}", async (string id, string holder, string? from, string? to, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.Statement.RunAsync(http.Caller(), new StatementCommand(id, holder, from, to), ct))
                    .ToResult(http, s => Results.Ok(StatementDocument.Of(s))))
            .WithSummary("A holder's statement for a period (from: first Hong Kong day, to: the day after the last; by default from their first entry to now): opening and closing fund units, every movement with its entry's id and hash, distributions, NAV at the end and value. Holders read their own; staff anyone's.")
            .WithName("GetStatement")
            .Produces<StatementDocument>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        g.MapGet("/{holder}/csv", async (string id, string holder, string? from, string? to, string? lang, HttpContext http, RedevApp app, CancellationToken ct) =>
            {
                if (!StatementWords.TryParseLanguage(lang, out var language))
                {
                    return ApiProblems.BadInput(http, "lang", "lang: use en or zh-HK.");
                }
                return (await app.Statement.RunAsync(http.Caller(), new StatementCommand(id, holder, from, to), ct))
                    .ToResult(http, s => Results.Bytes(Encoding.UTF8.GetBytes(StatementCsv.Write(s, language)), "text/csv; charset=utf-8",
                        $"statement-{s.Scheme}-{s.Period.From:yyyy-MM-dd}-{s.Period.To:yyyy-MM-dd}.csv"));
            })
            .WithSummary("The same statement as CSV (UTF-8, RFC 4180): the movements under a heading row, an empty line, then the summary block; headings in English or Traditional Chinese (lang en or zh-HK), figures as plain numbers.")
            .WithName("GetStatementCsv")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }
}
