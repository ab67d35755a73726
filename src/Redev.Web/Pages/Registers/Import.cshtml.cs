using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.App;
using Redev.App.Schemes;
using Redev.Web.Hosting;
using Microsoft.Extensions.Localization;
using Redev.Schemes;
using Redev.Text;
using Redev.Web.Accounts;
using Redev.Web.Localization;
using Redev.Web.Schemes;

namespace Redev.Web.Pages.Registers;

/// <summary>
/// The convener uploads a register; every problem is listed with its line before anything is saved,
/// and a file with any problem saves nothing.
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
        await LoadAsync(id, ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string id, IFormFile? upload, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } scheme)
        {
            return NotFound();
        }
        var fileName = upload is null ? "register.csv" : Path.GetFileName(upload.FileName);
        using var bytes = new MemoryStream();
        if (upload is not null && upload.Length <= Redev.Web.Registers.RegisterEndpoints.MaxBytes)
        {
            await upload.CopyToAsync(bytes, ct);
        }
        var change = await app.ImportRegister.RunAsync(Callers.Of(User), new ImportRegisterCommand(scheme.Id.Value, fileName, bytes.ToArray()), ct);
        if (!change.Succeeded && change.Refusal.Problems.Count > 0)
        {
            Problems = change.Refusal.Problems;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else if (!change.Succeeded)
        {
            if (this.Stop(change.Refusal) is { } stop)
            {
                return stop;
            }
            Refusal = Texts.Refusal(l, change.Refusal);
        }
        else if (change.Value.Register is { } reg)
        {
            Imported = l["Imported", reg.Flats.Count(f => !f.IsCommon), reg.Owners.Count, reg.Lots.Count];
        }
        return Page();
    }

    private async Task<Scheme?> LoadAsync(string id, CancellationToken ct)
    {
        if ((await app.Schemes.GetAsync(Callers.Of(User), id, ct)).Value is not { } s)
        {
            return null;
        }
        Id = s.Id.Value;
        Name = s.Name;
        return s;
    }
}
