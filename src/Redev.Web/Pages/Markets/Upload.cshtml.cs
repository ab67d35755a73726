using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.App;
using Redev.App.Markets;
using Redev.Web.Hosting;
using Microsoft.Extensions.Localization;
using Redev.Text;
using Redev.Web.Accounts;
using Redev.Web.Cycle;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Markets;

/// <summary>
/// The convener names a market and uploads its series; the page builds the market file, checks every
/// file with the monitor's importer, lists each problem by file and line, and saves only a market
/// without any.
/// </summary>
[Authorize(Roles = RoleNames.Convener)]
[RequestSizeLimit(MarketUpload.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MarketUpload.MaxUploadBytes)]
public sealed class UploadModel(RedevApp app, IStringLocalizer<CycleResource> c) : PageModel
{
    [BindProperty]
    public MarketForm Form { get; set; } = new();

    public IReadOnlyList<InputProblem> Problems { get; private set; } = [];

    public string? Refusal { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var files = new List<UploadedFile>();
        var problems = new List<InputProblem>();
        foreach (var (name, file) in Form.Files())
        {
            if (file.Length > MarketUpload.MaxFileBytes)
            {
                problems.Add(InputProblem.Coded(name, 1, "file", null, "upload-file-too-large", "the file is larger than {0} MB",
                    (MarketUpload.MaxFileBytes / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }
            using var reader = new StreamReader(file.OpenReadStream());
            files.Add(new UploadedFile(name, await reader.ReadToEndAsync(ct)));
        }
        if (problems.Count == 0)
        {
            var result = await app.UploadMarket.SaveAsync(Callers.Of(User), Form.Id?.Trim(), MarketUpload.MarketFileName, Form.ToJson(), files, ct);
            if (result.Succeeded)
            {
                return LocalRedirect($"/Markets/{result.Id}");
            }
            if (result.Refusal is { } r)
            {
                if (this.Stop(r) is { } stop)
                {
                    return stop;
                }
                Refusal = Texts.Refusal(c, r);
                return Page();
            }
            problems.AddRange(result.Problems);
        }
        Problems = problems;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
