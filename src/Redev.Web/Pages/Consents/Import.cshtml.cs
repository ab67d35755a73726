using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Redev.App;
using Redev.App.Schemes;
using Redev.Text;
using Redev.Web.Accounts;
using Redev.Web.Hosting;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Consents;

/// <summary>
/// The convener uploads a CSV of signed paper forms (consents and withdrawals with their evidence); every
/// problem is listed with its line, and a file with any problem records nothing.
/// </summary>
[Authorize(Roles = RoleNames.Convener)]
public sealed class ImportModel(RedevApp app, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
    public IReadOnlyList<InputProblem> Problems { get; private set; } = [];
    public string? Refusal { get; private set; }
    public string? Imported { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, IFormFile? upload, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var fileName = upload is null ? "consents.csv" : Path.GetFileName(upload.FileName);
        using var bytes = new MemoryStream();
        if (upload is not null && upload.Length <= Redev.Web.Registers.RegisterEndpoints.MaxBytes)
        {
            await upload.CopyToAsync(bytes, ct);
        }
        var done = await app.ImportConsents.RunAsync(Callers.Of(User), new ImportConsentsCommand(Id, fileName, bytes.ToArray()), ct);
        if (!done.Succeeded && done.Refusal.Problems.Count > 0)
        {
            Problems = done.Refusal.Problems;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else if (!done.Succeeded)
        {
            if (this.Stop(done.Refusal) is { } stop)
            {
                return stop;
            }
            Refusal = Texts.Refusal(l, done.Refusal);
        }
        else
        {
            Imported = l["ConsentsImported", done.Value.Given, done.Value.Withdrawn];
        }
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if ((await app.Schemes.GetAsync(Callers.Of(User), id, ct)).Value is not { } s)
        {
            return false;
        }
        Id = s.Id.Value;
        Name = s.Name;
        return true;
    }
}
