using Redev.Schemes;

namespace Redev.App.Schemes;

/// <summary>
/// A register file as received: its name (for <c>FILE:LINE</c> messages) and its bytes, which must be
/// UTF-8 — bytes that are not are refused with their line, never replaced.
/// </summary>
public sealed record ImportRegisterCommand(string? Scheme, string FileName, ReadOnlyMemory<byte> Utf8)
{
    /// <summary>A register already held as text (tests, the demo).</summary>
    public static ImportRegisterCommand FromText(string? scheme, string fileName, string text) =>
        new(scheme, fileName, System.Text.Encoding.UTF8.GetBytes(text ?? ""));
}
