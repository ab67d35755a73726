using System.Text.Encodings.Web;
using System.Text.Json;

namespace Redev.Cli;

/// <summary>
/// How every <c>--json</c> output is written: indented, and with owners' names, Chinese text and
/// apostrophes as they are rather than as \u escapes, so what a person or a script reads is the
/// register's own spelling. Output goes to a terminal or a file, never into HTML.
/// </summary>
public static class CliJson
{
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static JsonSerializerOptions Options { get; } = new() { WriteIndented = true, Encoder = Encoder };

    /// <summary>The same with camel-case names, for views printed whole (as the web API names them).</summary>
    public static JsonSerializerOptions CamelCase { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = Encoder };
}
