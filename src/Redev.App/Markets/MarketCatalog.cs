using System.Collections.Concurrent;
using Redev.Store;
using Redev.Cycle;

namespace Redev.App.Markets;

/// <summary>
/// The markets of the dashboard and their reports. Markets never change once read (shipped files are
/// part of the release, uploads are never edited), so a parsed market and each report asked for are
/// kept; the number kept is bounded, because every <c>?asOf=</c> month is a different report.
/// </summary>
public sealed class MarketCatalog(AppOptions options, RedevStore store)
{
    /// <summary>The month it is now in Hong Kong: no reading may be asked for as of a later one.</summary>
    public static YearMonth ThisMonth(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return YearMonth.Of(Redev.Schemes.Scheme.HongKongDate(clock.GetUtcNow()));
    }

    private const int MaxKept = 128;

    private readonly ConcurrentDictionary<string, Market> _markets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Id, YearMonth? AsOf), CycleReport> _reports = new();

    /// <summary>Shipped markets first (by file name), then uploaded ones.</summary>
    public async Task<IReadOnlyList<MarketEntry>> ListAsync(CancellationToken ct)
    {
        var shipped = new List<MarketEntry>();
        if (options.MarketsFolder is { } dir && Directory.Exists(dir))
        {
            // Only files that can be served: a name that is not a market id would be listed and then not found.
            foreach (var id in Directory.EnumerateFiles(dir, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>()
                         .Where(MarketUpload.IsWellFormedId).Order(StringComparer.Ordinal))
            {
                shipped.Add(await ShippedEntryAsync(id, Path.Combine(dir, id + ".json"), ct));
            }
        }
        return [.. shipped, .. (await store.Markets.ListAsync(ct)).Select(Uploaded)];
    }

    /// <summary>One market's entry: reads its own file, or the uploaded list, not every shipped file.</summary>
    public async Task<MarketEntry?> FindAsync(string id, CancellationToken ct) =>
        Shipped(id) is { } path ? await ShippedEntryAsync(id, path, ct) : (await store.Markets.ListAsync(ct)).Where(m => m.Id == id).Select(Uploaded).FirstOrDefault();

    private static MarketEntry Uploaded(Store.Markets.StoredMarket m) => new(m.Id, m.Name, MarketSource.Of(m.Json), true, m.UploadedBy, m.UploadedAt);

    private static async Task<MarketEntry> ShippedEntryAsync(string id, string path, CancellationToken ct)
    {
        var json = await File.ReadAllTextAsync(path, ct);
        return new MarketEntry(id, MarketSource.Name(json) ?? id, MarketSource.Of(json), false);
    }

    /// <summary>The report of a market, as of a month (real time, nothing later used) or on all its data; null when there is no such market.</summary>
    public async Task<CycleReport?> ReportAsync(string id, YearMonth? asOf, CancellationToken ct)
    {
        if (_reports.TryGetValue((id, asOf), out var kept))
        {
            return kept;
        }
        if (await MarketAsync(id, ct) is not { } market)
        {
            return null;
        }
        var report = CycleMonitor.Evaluate(market, asOf);
        Keep(_reports, (id, asOf), report);
        return report;
    }

    private async Task<Market?> MarketAsync(string id, CancellationToken ct)
    {
        if (_markets.TryGetValue(id, out var kept))
        {
            return kept;
        }
        MarketImport? import = null;
        if (Shipped(id) is { } path)
        {
            import = MarketFile.Parse(path, await File.ReadAllTextAsync(path, ct), p => File.Exists(p) ? File.ReadAllText(p) : null);
        }
        else if (await store.Markets.GetAsync(id, ct) is { } up)
        {
            import = MarketFile.Parse(MarketUpload.MarketFileName, up.Market.Json, p => up.Files.TryGetValue(p, out var t) ? t : null);
        }
        if (import is null)
        {
            return null;
        }
        // A shipped file broken by hand is a deployment bug, not a reader's input: say exactly what is wrong.
        var market = import.Market ?? throw new InvalidOperationException($"Market {id} cannot be read: " + string.Join("; ", import.Problems));
        Keep(_markets, id, market);
        return market;
    }

    /// <summary>The shipped market file of this id, if any; ids are checked so a path can never leave the folder.</summary>
    private string? Shipped(string id)
    {
        if (options.MarketsFolder is not { } dir || !MarketUpload.IsWellFormedId(id))
        {
            return null;
        }
        var path = Path.Combine(dir, id + ".json");
        return File.Exists(path) ? path : null;
    }

    private static void Keep<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, TValue value) where TKey : notnull
    {
        if (cache.Count >= MaxKept)
        {
            cache.Clear();
        }
        cache[key] = value;
    }
}
