using Redev.Schemes;
using Redev.Store;
using Redev.Text;

namespace Redev.App.Schemes;

/// <summary>
/// Records a batch of signed paper forms (convener): each a consent or a withdrawal with the form's evidence.
/// The file is read whole first, then every form is put to the scheme's own consent rule
/// (<see cref="Scheme.AddConsent"/>, <see cref="Scheme.WithdrawConsent"/>) in the file's order, on the date it was
/// signed; a form the rule refuses becomes a problem on its line. Any problem and nothing is saved: a file is
/// recorded whole or not at all, so the convener never has to work out which half of a file went in.
/// </summary>
public sealed class ImportConsents(RedevStore store, TimeProvider clock)
{
    private readonly SchemeChanges _changes = new(store);

    public async Task<Result<ConsentsImported>> RunAsync(Caller caller, ImportConsentsCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "record consents from signed forms");
        }
        var found = await _changes.GetAsync(command.Scheme, ct);
        if (!found.Succeeded)
        {
            return Result<ConsentsImported>.Refused(found.Refusal);
        }
        var (forms, problems) = ConsentFormsCsv.Parse(command.FileName, command.Utf8.Span, Scheme.HongKongDate(clock.GetUtcNow()));
        if (problems.Count > 0)
        {
            return Refusal.Invalid("consents-invalid", problems);
        }
        var saved = await _changes.ChangeAsync(found.Value.Id, s => Apply(s, command.FileName, forms), ct);
        return saved.Map(s => new ConsentsImported(s, forms.Count(f => !f.Withdraw), forms.Count(f => f.Withdraw)));
    }

    /// <summary>Every form through the scheme's rule; the refused ones as problems, so the whole file is refused.</summary>
    private static Refusal? Apply(Scheme scheme, string fileName, IReadOnlyList<ConsentForm> forms)
    {
        var problems = new List<InputProblem>();
        foreach (var form in forms)
        {
            var refused = form.Withdraw
                ? scheme.WithdrawConsent(form.Owner, form.SignedAt)
                : scheme.AddConsent(form.Owner, form.SignedAt, form.Evidence);
            if (refused is not null)
            {
                problems.Add(new InputProblem(fileName, form.Line, "owner", refused.Message, form.Owner) { Code = refused.Code });
            }
        }
        return problems.Count > 0 ? Refusal.Invalid("consents-invalid", problems) : null;
    }
}
