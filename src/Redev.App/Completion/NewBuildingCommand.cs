namespace Redev.App.Completion;

/// <summary>The new building's register as received, for <see cref="ImportNewBuilding"/>.</summary>
public sealed record NewBuildingCommand(string? Scheme, string FileName, ReadOnlyMemory<byte> Utf8)
{
    public static NewBuildingCommand FromText(string? scheme, string fileName, string text) => new(scheme, fileName, System.Text.Encoding.UTF8.GetBytes(text ?? ""));
}
