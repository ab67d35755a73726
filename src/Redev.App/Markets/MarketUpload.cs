using System.Text.RegularExpressions;
using Redev.Cycle;
using Redev.Store;
using Redev.Text;

namespace Redev.App.Markets;

/// <summary>
/// Builds a market from an uploaded market file and series files: everything is read and checked
/// with the same importer as <c>redev cycle signals</c>, and only a market without a single problem
/// is saved, with exactly the series files it names.
/// </summary>
public sealed partial class MarketUpload(RedevStore store, MarketCatalog catalog, TimeProvider clock)
{
    /// <summary>The name an uploaded market file goes by in error messages and in the store.</summary>
    public const string MarketFileName = "market.json";

    /// <summary>Per file; the longest shipped series (daily yields for decades) is well under this.</summary>
    public const long MaxFileBytes = 8L * 1024 * 1024;

    /// <summary>A whole upload (the market file and every series), on the page and through the API alike.</summary>
    public const long MaxUploadBytes = 64L * 1024 * 1024;

    /// <summary>Ids that are pages of their own under <c>/Markets</c>.</summary>
    private static readonly string[] Reserved = ["upload", "index"];

    /// <summary>Lower-case letters, digits and dashes, so the id is a plain web address and a safe file name.</summary>
    public static bool IsWellFormedId(string? id) => id is not null && IdPattern().IsMatch(id);

    public async Task<MarketUploadResult> SaveAsync(Caller caller, string? id, string marketFileName, string marketJson, IReadOnlyList<UploadedFile> files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(files);
        if (!caller.Is(Role.Convener))
        {
            return Refused(AppRefusals.Forbidden(caller, "upload a market"));
        }
        if (!IsWellFormedId(id) || Reserved.Contains(id))
        {
            return Refused(new Refusal("bad-market-id",
                $"The market's short name \"{id}\" must be 1 to 40 lower-case letters, digits or dashes, starting with a letter or digit (e.g. hong-kong-2026), and not \"upload\"."));
        }
        if (await catalog.FindAsync(id!, ct) is not null)
        {
            return Refused(new Refusal("market-exists", $"There is already a market \"{id}\"; choose another short name."));
        }
        var problems = new List<InputProblem>();
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in files)
        {
            if (byName.TryGetValue(f.Name, out var other) && other != f.Text)
            {
                problems.Add(InputProblem.Coded(f.Name, 1, "file", null, "upload-duplicate-name", "two different files were uploaded under this name; rename one"));
            }
            byName[f.Name] = f.Text;
        }
        var used = new Dictionary<string, string>(StringComparer.Ordinal);
        var import = MarketFile.Parse(marketFileName, marketJson, path =>
        {
            var name = path.Replace('\\', '/');
            if (byName.TryGetValue(name, out var text))
            {
                used[name] = text;
                return text;
            }
            return null;
        });
        problems.AddRange(import.Problems);
        if (problems.Count == 0 && !import.Market!.AllSeries().Any())
        {
            problems.Add(InputProblem.Coded(marketFileName, 1, "file", null, "upload-no-series", "the market names no series; give at least one (a price series, say)"));
        }
        if (problems.Count > 0)
        {
            return new MarketUploadResult(null, problems, null);
        }
        var saved = await store.Markets.AddAsync(id!, import.Market!.Name, marketJson, used, caller.Name, clock.GetUtcNow(), ct);
        return saved
            ? new MarketUploadResult(id, [], null)
            : Refused(new Refusal("market-exists", $"There is already a market \"{id}\"; choose another short name."));
    }

    private static MarketUploadResult Refused(Refusal r) => new(null, [], r);

    // \A and \z, not ^ and $: $ also matches before a final newline, so "evil\n" would pass.
    [GeneratedRegex(@"\A[a-z0-9][a-z0-9-]{0,39}\z")]
    private static partial Regex IdPattern();
}
