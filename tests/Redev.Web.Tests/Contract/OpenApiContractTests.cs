using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Redev.Web.Tests.Contract;

/// <summary>
/// The rules of docs/web.md, "The API as a contract", checked on every operation of the live document:
/// a unique operationId, the bearer requirement (except on the token endpoint), a typed success body,
/// 201 on create, the problem answers with the shared problem schema, integers typed as integers,
/// and no C# in the prose.
/// </summary>
public partial class OpenApiContractTests
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private sealed record Operation(string Method, string Path, JsonObject Body)
    {
        public override string ToString() => $"{Method.ToUpperInvariant()} {Path}";
    }

    private static async Task<(JsonObject Document, IReadOnlyList<Operation> Operations)> LoadAsync()
    {
        var doc = JsonNode.Parse(await OpenApiDocument.LiveAsync())!.AsObject();
        var ops = new List<Operation>();
        foreach (var (path, item) in doc["paths"]!.AsObject())
        {
            foreach (var method in Methods)
            {
                if (item![method] is JsonObject op)
                {
                    ops.Add(new Operation(method, path, op));
                }
            }
        }
        Assert.True(ops.Count >= 28, $"expected the API's operations, found {ops.Count}");
        return (doc, ops);
    }

    [Fact]
    public async Task Every_operation_has_a_unique_operation_id()
    {
        var (_, ops) = await LoadAsync();
        var missing = ops.Where(o => o.Body["operationId"]?.GetValue<string>() is not { Length: > 0 }).ToArray();
        Assert.True(missing.Length == 0, "no operationId: " + string.Join(", ", missing.Select(o => o.ToString())));
        var ids = ops.Select(o => o.Body["operationId"]!.GetValue<string>()).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task The_bearer_scheme_is_declared_and_required_everywhere_but_the_token_endpoint()
    {
        var (doc, ops) = await LoadAsync();
        var scheme = doc["components"]!["securitySchemes"]!["Bearer"]!;
        Assert.Equal("http", scheme["type"]!.GetValue<string>());
        Assert.Equal("bearer", scheme["scheme"]!.GetValue<string>());
        foreach (var op in ops)
        {
            var security = op.Body["security"]?.AsArray();
            var bearer = security?.Any(r => r!.AsObject().ContainsKey("Bearer")) ?? false;
            if (op.ToString() == "POST /api/tokens")
            {
                Assert.False(bearer, "the token endpoint must be anonymous");
            }
            else
            {
                Assert.True(bearer, $"{op}: no bearer security requirement");
            }
        }
    }

    [Fact]
    public async Task Every_operation_declares_a_typed_success_body_and_creates_answer_201()
    {
        var (_, ops) = await LoadAsync();
        string[] creates =
        [
            "POST /api/tokens", "POST /api/schemes", "POST /api/schemes/{id}/owner-links", "POST /api/holders",
            "POST /api/transfers", "POST /api/schemes/{id}/checkpoints", "POST /api/markets",
        ];
        var names = ops.Select(o => o.ToString().TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        Assert.All(creates, c => Assert.Contains(c, names));
        foreach (var op in ops)
        {
            var responses = op.Body["responses"]!.AsObject();
            var success = responses.Where(r => r.Key.StartsWith('2')).ToArray();
            Assert.True(success.Length > 0, $"{op}: no 2xx response");
            foreach (var (status, response) in success)
            {
                var content = response!["content"]?.AsObject();
                Assert.True(content is { Count: > 0 }, $"{op} {status}: no content");
                foreach (var (media, body) in content!)
                {
                    Assert.True(body!["schema"] is JsonObject { Count: > 0 }, $"{op} {status} {media}: no schema");
                }
            }
            if (creates.Contains(op.ToString().TrimEnd('/')))
            {
                Assert.True(responses.ContainsKey("201"), $"{op} creates, so it must declare 201");
            }
        }
    }

    [Fact]
    public async Task Every_operation_declares_its_problems_with_the_shared_problem_schema()
    {
        var (doc, ops) = await LoadAsync();
        var problem = doc["components"]!["schemas"]!["ProblemDetails"]!.AsObject();
        var properties = problem["properties"]!.AsObject();
        foreach (var name in new[] { "type", "title", "status", "detail", "instance", "code", "traceId", "problems" })
        {
            Assert.True(properties.ContainsKey(name), $"the problem schema lacks {name}");
        }
        var line = properties["problems"]!["items"]!;
        var lineProperties = Resolve(doc, line)["properties"]!.AsObject();
        Assert.Equal(["field", "file", "got", "line", "message", "text"], lineProperties.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray());

        foreach (var op in ops)
        {
            var responses = op.Body["responses"]!.AsObject();
            var problems = responses.Where(r => r.Key[0] is '4' or '5').ToArray();
            Assert.True(problems.Length > 0, $"{op}: declares no problem answer");
            if (op.ToString() != "POST /api/tokens")
            {
                Assert.True(responses.ContainsKey("401"), $"{op}: needs a token, so it must declare 401");
            }
            foreach (var (status, response) in problems)
            {
                var schema = response!["content"]?["application/problem+json"]?["schema"];
                Assert.True(schema?["$ref"]?.GetValue<string>() == "#/components/schemas/ProblemDetails",
                    $"{op} {status}: not an application/problem+json answer with the ProblemDetails schema");
            }
        }
    }

    [Fact]
    public async Task Integers_are_typed_as_integers_only()
    {
        var (doc, _) = await LoadAsync();
        var bad = new List<string>();
        Walk(doc, "#", bad);
        Assert.True(bad.Count == 0, "typed as integer and string: " + string.Join(", ", bad));
    }

    [Fact]
    public async Task No_description_or_summary_holds_csharp()
    {
        var (doc, _) = await LoadAsync();
        var bad = new List<string>();
        Prose(doc, "#", bad);
        Assert.True(bad.Count == 0, "C# in the prose: " + string.Join(" | ", bad));
    }

    private static JsonObject Resolve(JsonObject doc, JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } r
            ? doc["components"]!["schemas"]![r["#/components/schemas/".Length..]]!.AsObject()
            : schema.AsObject();

    private static void Walk(JsonNode? node, string where, List<string> bad)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["type"] is JsonArray types)
                {
                    var names = types.Select(t => t!.GetValue<string>()).ToArray();
                    if (names.Contains("integer") && names.Contains("string") || names.Contains("number") && names.Contains("string"))
                    {
                        bad.Add(where);
                    }
                }
                if (o["pattern"]?.GetValue<string>() is { } p && p.Contains("[0-9]", StringComparison.Ordinal) && o["type"]?.ToJsonString().Contains("integer", StringComparison.Ordinal) == true)
                {
                    bad.Add(where + " (digits pattern)");
                }
                foreach (var (k, v) in o)
                {
                    Walk(v, $"{where}/{k}", bad);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Walk(a[i], $"{where}/{i}", bad);
                }
                break;
        }
    }

    private static void Prose(JsonNode? node, string where, List<string> bad)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o)
                {
                    if (k is "description" or "summary" && v is JsonValue text && text.GetValue<string>() is { } s && CSharp().IsMatch(s))
                    {
                        bad.Add($"{where}/{k}: {s}");
                    }
                    Prose(v, $"{where}/{k}", bad);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Prose(a[i], $"{where}/{i}", bad);
                }
                break;
        }
    }

    // Type names and generics as C# writes them, framework result types, and cref/XML doc left-overs.
    [GeneratedRegex(@"Results\.|TypedResults|IResult|Task<|\w<\w+(, ?\w+)*>|\w\{\w+\}|<see |<c>|<paramref|cref=|T:\w|M:\w|P:\w|\b(string|bool|int|long|double|decimal|Guid|DateTimeOffset)\??\s+[A-Z]\w*\.[A-Z]\w*|\b[A-Z]\w+\.[A-Z]\w+\.[A-Z]\w+")]
    private static partial Regex CSharp();
}
