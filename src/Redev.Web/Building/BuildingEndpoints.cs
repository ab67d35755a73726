using Redev.App;
using Redev.App.Building;
using Redev.Web.Contract;
using Redev.Web.Hosting;
using Redev.Web.Problems;

namespace Redev.Web.Building;

/// <summary>The building stage through the API: the escrow, the milestones, appraisals, valuations and NAV (docs/web.md).</summary>
public static class BuildingEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var g = api.MapGroup("/schemes/{id}").WithTags("Building");

        g.MapGet("/building", async (string id, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.Building.RunAsync(http.Caller(), id, ct)).ToResult(http, v => Results.Ok(BuildingDto.From(v))))
            .WithSummary("The building stage: the developer's commitment, escrow deposits, draws and balance, the milestones and where each stands, the developer's units and claim, NAV.")
            .WithName("GetBuilding")
            .Produces<BuildingDto>()
            .SignedInProblems(StatusCodes.Status404NotFound);

        g.MapGet("/nav", async (string id, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.Building.RunAsync(http.Caller(), id, ct)).ToResult(http, v => Results.Ok(NavDto.From(v.Nav))))
            .WithSummary("The fund's NAV per unit, the issue price it compares with, how much a unit has lost, and the history of adopted valuations.")
            .WithName("GetNav")
            .Produces<NavDto>()
            .SignedInProblems(StatusCodes.Status404NotFound);

        g.MapPost("/escrow/deposits", async (string id, DepositInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.DepositEscrow.RunAsync(http.Caller(), new DepositCommand(id, input.Amount, input.BankReference), ct))
                    .ToResult(http, d => Results.Ok(DepositDto.From(d))))
            .RequireAuthorization(Policies.ApiNotary)
            .WithSummary("Record the developer's deposit into the scheme's escrow (notary only); the same bank reference twice is one deposit.")
            .WithName("DepositEscrow")
            .Produces<DepositDto>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        g.MapPost("/milestones/{milestone}/certification", async (string id, string milestone, CertifyInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.CertifyMilestone.RunAsync(http.Caller(), new CertifyCommand(id, milestone, input.Evidence is null ? null : string.Join(',', input.Evidence), input.Payee), ct))
                    .ToResult(http, r => Results.Ok(CertificationDto.From(r))))
            .RequireAuthorization(Policies.ApiCertifier)
            .WithSummary("Certify a milestone, by number (1 is the first) or name (certifier only): its draw is paid from escrow and, under equity, the developer's units for it are issued.")
            .WithName("CertifyMilestone")
            .Produces<CertificationDto>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        g.MapPost("/appraisals", async (string id, AppraisalInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.RecordAppraisal.RunAsync(http.Caller(), new AppraisalCommand(id, input.Date, input.Appraiser, input.Value, input.ReportHash), ct))
                    .ToResult(http, a => Results.Created($"/api/schemes/{id}/building", AppraisalDto.From(a))))
            .RequireAuthorization(Policies.ApiCertifier)
            .WithSummary("Record one independent appraisal of the scheme's property (certifier only).")
            .WithName("RecordAppraisal")
            .Produces<AppraisalDto>(StatusCodes.Status201Created)
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        g.MapPost("/valuations", async (string id, ValuationInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.AdoptValuation.RunAsync(http.Caller(), new AdoptCommand(id, input.Date), ct))
                    .ToResult(http, v => Results.Created($"/api/schemes/{id}/nav", NavPointDto.From(v))))
            .RequireAuthorization(Policies.ApiCertifier)
            .WithSummary("Adopt a date's valuation (certifier only): the median of at least three appraisals spread at most 20%; it sets NAV.")
            .WithName("AdoptValuation")
            .Produces<NavPointDto>(StatusCodes.Status201Created)
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        g.MapPost("/schedule/review", async (string id, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.ReviewSchedule.RunAsync(http.Caller(), id, ct))
                    .ToResult(http, events => Results.Ok(events.Select(e => new ScheduleEventDto(e.Milestone, e.Kind, e.RecordedAt)).ToArray())))
            .WithSummary("Record in the audit trail every delay and default the schedule shows today (convener or certifier); answers what was newly recorded.")
            .WithName("ReviewSchedule")
            .Produces<ScheduleEventDto[]>()
            .SignedInProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
    }
}
