namespace Redev.Web.Tests.Contract;

/// <summary>
/// The generated client is built from the committed snapshot, so the snapshot must be the document
/// the app serves: any change to an endpoint's contract shows here first, as a diff to commit.
/// </summary>
public class OpenApiSnapshotTests
{
    /// <summary>Set to 1 to write the live document over the snapshot (then rebuild, and commit it).</summary>
    public const string RefreshVariable = "REDEV_UPDATE_OPENAPI";

    [Fact]
    public async Task The_committed_snapshot_is_the_live_document()
    {
        var live = await OpenApiDocument.LiveAsync();
        if (Environment.GetEnvironmentVariable(RefreshVariable) == "1")
        {
            await File.WriteAllTextAsync(OpenApiDocument.SnapshotPath, live, TestContext.Current.CancellationToken);
        }
        var snapshot = File.Exists(OpenApiDocument.SnapshotPath) ? (await File.ReadAllTextAsync(OpenApiDocument.SnapshotPath, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n") : "";
        Assert.True(live == snapshot,
            $"/openapi/v1.json differs from {OpenApiDocument.SnapshotPath}. If the change is meant, refresh it with " +
            $"{RefreshVariable}=1 dotnet test --project tests/Redev.Web.Tests -- --filter-class \"{typeof(OpenApiSnapshotTests).FullName}\", " +
            "rebuild (the client is generated from it) and commit it.");
    }
}
