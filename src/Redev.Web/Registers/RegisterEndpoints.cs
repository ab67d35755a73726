using Redev.App;
using Redev.App.Schemes;
using Redev.Web.Contract;
using Redev.Web.Hosting;
using Redev.Web.Problems;
using Redev.Web.Schemes;

namespace Redev.Web.Registers;

/// <summary>
/// <c>POST /api/schemes/{id}/register</c>: a CSV register as the request body (<c>text/csv</c>) or as a
/// multipart upload. The whole file is checked first; on any problem nothing is saved and every problem
/// is listed, as the CLI prints them.
/// </summary>
public static class RegisterEndpoints
{
    /// <summary>A register of 10,000 flats is about 1 MB; anything far larger is not a register.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/schemes/{id}/register", async (string id, HttpContext http, RedevApp app, CancellationToken ct) =>
            {
                var (fileName, bytes) = await ReadAsync(http.Request, ct);
                if (bytes is null)
                {
                    return ApiProblems.BadInput(http, "body", "send the register as text/csv, or as multipart/form-data with one file.", "no-file");
                }
                var r = await app.ImportRegister.RunAsync(http.Caller(), new ImportRegisterCommand(id, fileName, bytes), ct);
                return r.ToResult(http, scheme => Results.Ok(SchemeDto.From(scheme, app.Clock.GetUtcNow())));
            })
            .RequireAuthorization(Policies.ApiConvener)
            // Bearer-only endpoint: a cross-site form cannot carry the token, so antiforgery adds nothing.
            .DisableAntiforgery()
            .Accepts<string>("text/csv", "multipart/form-data")
            .WithTags("Registers")
            .WithSummary("Import (or replace) a draft scheme's building register; nothing is saved if any row is wrong (convener).")
            .WithName("ImportRegister")
            .Produces<SchemeDto>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge);
    }

    /// <summary>The file's name and bytes (decoded by the register's parser, which refuses bytes that are not UTF-8 with their line).</summary>
    /// <param name="defaultName">The name problems give the file when the request names none.</param>
    internal static async Task<(string FileName, byte[]? Bytes)> ReadAsync(HttpRequest request, CancellationToken ct, string defaultName = "register.csv")
    {
        if (request.ContentLength > MaxBytes)
        {
            return (defaultName, null);
        }
        using var buffer = new MemoryStream();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.Count > 0 ? form.Files[0] : null;
            if (file is null)
            {
                return (defaultName, null);
            }
            await file.CopyToAsync(buffer, ct);
            return (Path.GetFileName(file.FileName) is { Length: > 0 } n ? n : defaultName, buffer.ToArray());
        }
        var name = request.Query["fileName"].ToString() is { Length: > 0 } q ? Path.GetFileName(q) : defaultName;
        await request.Body.CopyToAsync(buffer, ct);
        return (name, buffer.ToArray());
    }
}
