using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Redev.Web.Accounts;

namespace Redev.Web.Contract;

/// <summary>
/// Declares the API's one way in, a bearer token from <c>POST /api/tokens</c>, and puts it on every
/// operation that needs it, so a generated client sends the token without being told per call.
/// Operations that allow anonymous callers (only the token endpoint) carry no requirement.
/// </summary>
public sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The key of the scheme under <c>components.securitySchemes</c>.</summary>
    public const string SchemeKey = BearerTokenHandler.SchemeName;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A token from POST /api/tokens, sent as Authorization: Bearer rdv_... (valid 30 days).",
        };

        var anonymous = context.DescriptionGroups.SelectMany(g => g.Items)
            .Where(d => d.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
            .Select(d => Key(d.HttpMethod ?? "", "/" + (d.RelativePath ?? "").TrimEnd('/')))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                if (anonymous.Contains(Key(method.Method, path.TrimEnd('/'))))
                {
                    continue;
                }
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeKey, document)] = [] });
            }
        }
        return Task.CompletedTask;
    }

    private static string Key(string method, string path) => $"{method.ToUpperInvariant()} {path}";
}
