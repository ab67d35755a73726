using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Redev.App;
using Redev.App.Markets;
using Redev.App.Risk;
using Redev.Store;
using Redev.Store.Tests.Support;
using Redev.Web.Accounts;
using Redev.Web.Cycle;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Cycle;

/// <summary>Where the shipped markets are looked for: the configured folder, else data/markets above the content root.</summary>
public class MarketFolderTests
{
    private static MarketFolder Folder(string contentRoot, string? configured) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Redev:Markets"] = configured }).Build(),
            new HostingEnvironment { ContentRootPath = contentRoot });

    [Fact]
    public void Run_from_the_project_folder_the_repositorys_data_markets_is_found()
    {
        var project = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Markets.Folder))!, "src", "Redev.Web");

        Assert.Equal(Markets.Folder, Folder(project, null).Path);
    }

    [Fact]
    public void A_configured_folder_is_taken_relative_to_the_content_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "redev-web-folder-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(Path.Combine(root, "my-markets"), Folder(root, "my-markets").Path);
    }

    [Fact]
    public async Task A_shipped_file_whose_name_is_not_a_market_id_is_not_listed()
    {
        var root = Path.Combine(Path.GetTempPath(), "redev-web-folder-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var json = Markets.Read("japan.json");
        File.WriteAllText(Path.Combine(root, "japan.json"), json);
        File.WriteAllText(Path.Combine(root, "Japan_2008.json"), json);
        await using var store = await TestStores.OpenFreshAsync(StoreKind.Sqlite);
        var catalog = new MarketCatalog(new AppOptions(Folder(root, root).Path), store);

        var listed = await catalog.ListAsync(CancellationToken.None);

        Assert.Equal(["japan"], listed.Select(m => m.Id));
        Assert.NotNull(await catalog.FindAsync("japan", CancellationToken.None));
        Assert.Null(await catalog.FindAsync("Japan_2008", CancellationToken.None));
    }
}
