namespace Redev.App.Schemes;

/// <summary>A file of signed consent forms as received: its name (for <c>FILE:LINE</c> problems) and its UTF-8 bytes.</summary>
public sealed record ImportConsentsCommand(string? Scheme, string FileName, ReadOnlyMemory<byte> Utf8)
{
    /// <summary>A file already held as text (tests).</summary>
    public static ImportConsentsCommand FromText(string? scheme, string fileName, string text) =>
        new(scheme, fileName, System.Text.Encoding.UTF8.GetBytes(text ?? ""));
}
