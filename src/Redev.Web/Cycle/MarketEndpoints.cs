using Microsoft.AspNetCore.Mvc;
using Redev.App;
using Redev.App.Markets;
using Redev.Cycle;
using Redev.Web.Contract;
using Redev.Web.Hosting;
using Redev.Web.Problems;

namespace Redev.Web.Cycle;

/// <summary>
/// <c>/api/markets</c>: the dashboard's markets, each market's signals (the JSON of
/// <c>redev cycle signals --json</c>), and the convener's upload of a new market.
/// </summary>
public static class MarketEndpoints
{
    /// <summary>One market in the list, with where its dashboard and signals are.</summary>
    public sealed record MarketItem(string Id, string Name, string? Source, string Origin, string? UploadedBy, DateTimeOffset? UploadedAt, string Dashboard, string Signals);

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var g = api.MapGroup("/markets").WithTags("Markets");

        g.MapGet("/", async (RedevApp app, CancellationToken ct) =>
                TypedResults.Ok((await app.Markets.ListAsync(ct)).Select(m => new MarketItem(m.Id, m.Name, m.Source, m.Uploaded ? "uploaded" : "shipped",
                    m.UploadedBy, m.UploadedAt, $"/Markets/{m.Id}", $"/api/markets/{m.Id}/signals")).ToArray()))
            .WithSummary("List the markets of the cycle monitor: those shipped in data/markets and those uploaded by a convener.")
            .WithName("ListMarkets")
            .Problems(StatusCodes.Status401Unauthorized);

        g.MapGet("/{id}/signals", async (string id, string? asOf, RedevApp app, HttpContext http, CancellationToken ct) =>
            {
                YearMonth? month = null;
                if (asOf is { Length: > 0 })
                {
                    if (!YearMonth.TryParse(asOf, out var m))
                    {
                        return ApiProblems.BadInput(http, "asOf", $"\"{asOf}\" is not a month; use YYYY-MM.", "bad-month");
                    }
                    if (m > MarketCatalog.ThisMonth(app.Clock))
                    {
                        return ApiProblems.BadInput(http, "asOf", $"\"{asOf}\" is after this month; a reading can only use figures already published.", "bad-month");
                    }
                    month = m;
                }
                if (await app.Markets.ReportAsync(id, month, ct) is not { } report)
                {
                    return ApiProblems.NotFound(http, $"There is no market \"{id}\"; GET /api/markets lists them.", "no-market");
                }
                return Results.Text(CycleReportJson.Write(report), "application/json", System.Text.Encoding.UTF8);
            })
            .Produces<CycleSignalsDocument>()
            .WithSummary("Turning points, episodes, each month's stage and verdict, and today's state; ?asOf=YYYY-MM uses only data published by then. The same JSON as `redev cycle signals --json`.")
            .WithName("GetMarketSignals")
            .Problems(StatusCodes.Status401Unauthorized, StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        g.MapPost("/", async (HttpContext http, RedevApp app, CancellationToken ct) =>
            {
                if (!http.Request.HasFormContentType)
                {
                    return ApiProblems.BadInput(http, "body", "send multipart/form-data: a field id, the market file as a field or file named market, and the series files it names.", "no-form");
                }
                IFormCollection form;
                try
                {
                    form = await http.Request.ReadFormAsync(ct);
                }
                catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    return ApiProblems.Make(http, StatusCodes.Status413PayloadTooLarge, "The upload is too large",
                        $"An upload may be {MarketUpload.MaxUploadBytes / 1024 / 1024} MB in all; nothing was saved.", "upload-too-large");
                }
                catch (InvalidDataException ex)
                {
                    return ApiProblems.BadInput(http, "body", $"the form could not be read ({ex.Message}); nothing was saved.", "bad-form");
                }
                var id = form["id"].ToString();
                string? json = form["market"].ToString() is { Length: > 0 } text ? text : null;
                var marketName = MarketUpload.MarketFileName;
                var files = new List<UploadedFile>();
                foreach (var f in form.Files)
                {
                    if (f.Length > MarketUpload.MaxFileBytes)
                    {
                        return ApiProblems.BadInput(http, f.FileName, $"the file is larger than {MarketUpload.MaxFileBytes / 1024 / 1024} MB.", "file-too-large");
                    }
                    using var reader = new StreamReader(f.OpenReadStream());
                    var content = await reader.ReadToEndAsync(ct);
                    if (f.Name == "market" && json is null)
                    {
                        json = content;
                        marketName = Path.GetFileName(f.FileName) is { Length: > 0 } n ? n : marketName;
                        continue;
                    }
                    files.Add(new UploadedFile(Path.GetFileName(f.FileName), content));
                }
                if (json is null)
                {
                    return ApiProblems.BadInput(http, "market", "no market file: send it as a field or a file named market (the JSON format of docs/cycle.md).", "no-market-file");
                }
                var result = await app.UploadMarket.SaveAsync(http.Caller(), id, marketName, json, files, ct);
                if (result.Refusal is { } r)
                {
                    return ApiProblems.Refused(http, r);
                }
                if (!result.Succeeded)
                {
                    return ApiProblems.Refused(http, Refusal.Invalid("market-invalid", result.Problems));
                }
                return Results.Created($"/api/markets/{result.Id}", new MarketCreated(result.Id!, $"/Markets/{result.Id}", $"/api/markets/{result.Id}/signals"));
            })
            .RequireAuthorization(Policies.ApiConvener)
            // The same limits as the upload page, so a file the page takes is not refused here.
            .WithMetadata(new RequestSizeLimitAttribute(MarketUpload.MaxUploadBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MarketUpload.MaxUploadBytes })
            // Bearer-only endpoint: a cross-site form cannot carry the token, so antiforgery adds nothing.
            .DisableAntiforgery()
            .Accepts<string>("multipart/form-data")
            .WithSummary("Upload a market (convener): multipart with id, market (the market file's JSON, series paths = the uploaded files' names) and the series files. Every bad line is listed; nothing is saved unless all is well.")
            .WithName("UploadMarket")
            .Produces<MarketCreated>(StatusCodes.Status201Created)
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge);
    }
}
