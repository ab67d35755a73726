using System.Text.Json;

namespace Redev.App.Completion;

/// <summary>How completion records are written and read: camel-case JSON, the form their audit records carry.</summary>
internal static class CompletionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("An empty completion record.");
}
