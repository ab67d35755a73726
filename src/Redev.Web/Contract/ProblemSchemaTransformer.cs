using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Redev.Web.Problems;

namespace Redev.Web.Contract;

/// <summary>
/// Gives the shared problem-details schema the members every problem of this API carries besides
/// RFC 9457's own: a stable <c>code</c> for programs, the <c>traceId</c> to quote to an operator, and
/// for a refused file the <c>problems</c> list (file, line, field, message, what was found).
/// </summary>
public sealed class ProblemSchemaTransformer : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type != typeof(ProblemDetails))
        {
            return;
        }
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "A stable, lower-case code for programs, e.g. no-scheme or register-invalid (docs/web.md lists them).",
        };
        schema.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The request's trace id, to quote when asking an operator about this answer.",
        };
        var line = await context.GetOrCreateSchemaAsync(typeof(ProblemLine), null, cancellationToken);
        schema.Properties["problems"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Items = line,
            Description = "For a refused file: every problem found, in file order; nothing was saved.",
        };
        schema.Required ??= new HashSet<string>();
        schema.Required.Add("code");
        schema.Required.Add("traceId");
    }
}
