using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Redev.Store;
using Redev.Store.Tests.Support;

namespace Redev.Web.Tests.Support;

/// <summary>
/// The real web app on a fresh store (a new SQLite file or a new PostgreSQL database), seeded on start
/// exactly as <c>dotnet run</c> seeds it. With <see cref="WithKestrel"/> it listens on a real port for a browser.
/// </summary>
public sealed class WebFactory : WebApplicationFactory<Program>
{
    public StoreLocation Location { get; }

    /// <summary>The app's clock when the test set one (it also drives the ledger's expiry of pending transfers).</summary>
    public TimeProvider? Clock { get; }

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;

    private WebFactory(StoreLocation location, TimeProvider? clock, IReadOnlyDictionary<string, string>? settings, Action<IServiceCollection>? services)
    {
        Location = location;
        Clock = clock;
        _settings = settings ?? new Dictionary<string, string>();
        _services = services;
    }

    /// <param name="settings">Configuration the test overrides (e.g. a small <c>Redev:MaxRequestBodyBytes</c>).</param>
    /// <param name="services">Services the test adds (e.g. a filter that fails on purpose).</param>
    public static async Task<WebFactory> StartAsync(StoreKind kind, bool kestrel = false, TimeProvider? clock = null, IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var f = new WebFactory(await TestStores.FreshAsync(kind), clock, settings, services);
        if (kestrel)
        {
            f.UseKestrel(0);
            f.StartServer();
        }
        else
        {
            // Creating a client starts the in-memory host, which runs the seeder.
            using var _ = f.CreateClient();
        }
        return f;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Redev:Db", Location.Target);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        // Each test's store gets its own notary key next to it (or in a temporary folder for PostgreSQL).
        builder.UseSetting("Redev:NotaryKey", Path.Combine(Path.GetTempPath(), $"redev-web-notary-{Guid.NewGuid():N}.pem"));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(s => s.AddSingleton(clock));
        }
        if (_services is { } services)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>The address Kestrel listens on, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public HttpClient Api() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
