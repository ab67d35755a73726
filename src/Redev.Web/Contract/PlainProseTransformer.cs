using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Redev.Web.Contract;

/// <summary>
/// The schemas' descriptions come from the code's XML docs, where a reference to a member is written
/// for C# readers (<c>bool HoldingView.NavIsIssuePrice</c> once rendered). A client's reader knows the
/// JSON, so such a reference is rewritten as the property's JSON name (<c>`navIsIssuePrice`</c>, in Markdown code).
/// </summary>
public sealed partial class PlainProseTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var seen = new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in document.Components?.Schemas?.Values ?? [])
        {
            Rewrite(schema, seen);
        }
        foreach (var item in document.Paths.Values)
        {
            foreach (var operation in (item.Operations ?? []).Values)
            {
                operation.Summary = Plain(operation.Summary);
                operation.Description = Plain(operation.Description);
                foreach (var p in (operation.Parameters ?? []).OfType<OpenApiParameter>())
                {
                    p.Description = Plain(p.Description);
                }
            }
        }
        return Task.CompletedTask;
    }

    private static void Rewrite(IOpenApiSchema schema, HashSet<OpenApiSchema> seen)
    {
        if (schema is not OpenApiSchema s || !seen.Add(s))
        {
            return;
        }
        s.Description = Plain(s.Description);
        foreach (var child in (s.Properties?.Values ?? []).Concat(s.Items is null ? [] : [s.Items])
                     .Concat(s.AdditionalProperties is null ? [] : [s.AdditionalProperties])
                     .Concat(s.AllOf ?? []).Concat(s.AnyOf ?? []).Concat(s.OneOf ?? []))
        {
            Rewrite(child, seen);
        }
    }

    /// <summary>Rewrites <c>type Type.Member</c> as the member's JSON (camel-case) name, and <c>Name{T}</c> as <c>Name</c>.</summary>
    public static string? Plain(string? text)
    {
        if (text is null)
        {
            return null;
        }
        text = MemberReference().Replace(text, m => "`" + char.ToLowerInvariant(m.Groups["member"].Value[0]) + m.Groups["member"].Value[1..] + "`");
        return GenericName().Replace(text, "${name}");
    }

    [GeneratedRegex(@"\b(?:(?:string|bool|int|long|double|decimal|Guid|DateTimeOffset|[A-Z]\w*<[^>]*>)\??\s+)?(?:[A-Z]\w*\.)+(?<member>[A-Z]\w*)\b")]
    private static partial Regex MemberReference();

    [GeneratedRegex(@"\b(?<name>[A-Z]\w*)\{\w+(?:,\s*\w+)*\}")]
    private static partial Regex GenericName();
}
