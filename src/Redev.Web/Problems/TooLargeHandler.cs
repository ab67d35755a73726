using Microsoft.AspNetCore.Diagnostics;

namespace Redev.Web.Problems;

/// <summary>
/// Answers a request body over the server's limit with a 413 problem (<c>too-large</c>) instead of
/// the 500 an unhandled exception would give. Kestrel and the form reader signal the limit by
/// throwing <see cref="BadHttpRequestException"/> with status 413 wherever the body is first read,
/// which may be deep inside an endpoint, so it is caught here, once, for pages and API alike.
/// </summary>
public sealed class TooLargeHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || httpContext.Response.HasStarted)
        {
            return false;
        }
        var limit = httpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        var detail = limit is { } l
            ? $"The request body is larger than this endpoint accepts ({l / 1024:N0} KB); nothing was saved."
            : "The request body is larger than this endpoint accepts; nothing was saved.";
        await ApiProblems.Make(httpContext, StatusCodes.Status413PayloadTooLarge, "The request is too large", detail, "too-large").ExecuteAsync(httpContext);
        return true;
    }
}
