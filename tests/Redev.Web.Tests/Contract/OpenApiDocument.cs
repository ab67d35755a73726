using System.Text.Json;
using System.Text.Json.Nodes;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Contract;

/// <summary>The live <c>/openapi/v1.json</c>, and the committed snapshot the generated client is built from.</summary>
public static class OpenApiDocument
{
    public const string Url = "/openapi/v1.json";

    public static string SnapshotPath => Path.Combine(RepoRoot.Path, "tests", "Redev.Web.Tests", "Contract", "openapi.v1.json");

    /// <summary>The document as served, re-indented so it compares and diffs line by line.</summary>
    public static async Task<string> LiveAsync()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();
        var text = await http.GetStringAsync(new Uri(Url, UriKind.Relative));
        return Normalise(text);
    }

    public static string Normalise(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
}
