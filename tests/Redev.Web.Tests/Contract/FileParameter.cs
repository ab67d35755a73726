namespace Redev.Web.Tests.Contract.Generated;

/// <summary>
/// A request body sent as it is (here a register as <c>text/csv</c>). The generated client takes one for
/// a body that is not JSON but NSwag emits the type only for binary bodies, so it is written here, in
/// the shape the generated code uses.
/// </summary>
public sealed class FileParameter(Stream data, string? fileName = null, string? contentType = null)
{
    public Stream Data { get; } = data;

    public string? FileName { get; } = fileName;

    public string? ContentType { get; } = contentType;
}
