using System.Security.Cryptography;
using Redev.Completion;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// The convener imports the new building's register once the scheme has completed (docs/completion.md):
/// checked whole, refused whole with every <c>FILE:LINE</c> problem, and replaceable only until the
/// choice window opens, since the holders choose against it.
/// </summary>
public sealed class ImportNewBuilding(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public async Task<Result<FlatsRecord>> RunAsync(Caller caller, NewBuildingCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "import the new building's register");
        }
        // The file is judged first: a broken file is bad input whatever the scheme's stage.
        var parsed = NewBuildingCsv.Parse(command.FileName, command.Utf8.Span);
        if (!parsed.Succeeded)
        {
            return Refusal.Invalid("new-register-invalid", parsed.Problems);
        }
        var now = clock.GetUtcNow();
        var loaded = await CompletionInput.LoadAsync(store, command.Scheme, now, ct, SchemeState.Completed);
        if (!loaded.Succeeded)
        {
            return loaded.Refusal!;
        }
        var facts = loaded.Value!;
        if (facts.Window is not null)
        {
            return new Refusal("window-opened", $"Scheme {facts.Scheme.Id}: the choice window has opened, so the new building's register can no longer change.");
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(command.Utf8.Span));
        var record = new FlatsRecord(command.FileName, sha,
            parsed.Flats!.Select(f => new FlatRecord(f.Flat, f.Floor, f.SaleableAreaSqFt, f.Appraisals.Select(a => a.Value).ToArray(), f.Value.Value)).ToArray());
        // The file's hash is the subject: the same file again replays, a corrected file is a new record and the latest counts.
        await store.Completion.AppendAsync(facts.Scheme.Id, CompletionKinds.Flats, sha, CompletionJson.Write(record), now, caller.Name, notary.Key, ct: ct);
        return Result<FlatsRecord>.Done(record);
    }
}
