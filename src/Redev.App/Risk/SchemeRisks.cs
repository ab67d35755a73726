using System.Collections.Concurrent;
using Redev.Allocation;
using Redev.Cycle;
using Redev.Risk;
using Redev.Schemes;

namespace Redev.App.Risk;

/// <summary>
/// Runs the Monte Carlo of a stored scheme with <see cref="RiskDefaults.Standard"/> at the web's modest
/// path count and fixed seed, and keeps the report per scheme until an input changes: the terms, the
/// register, the timeline (which moves with the state and the months passing) or the starting regime.
/// A consent changes none of these (every owner is counted as consenting), so it does not rerun the
/// simulation. One report serves every owner of the scheme.
/// </summary>
public sealed class SchemeRisks(TimeProvider clock, AppOptions options)
{
    private readonly ConcurrentDictionary<string, (Key Key, Lazy<SchemeRisk> Risk)> _cache = new(StringComparer.Ordinal);
    private readonly Lazy<(MarketRegime? Regime, string Source)> _market = new(() => ReadMarket(options.RiskMarketFile));

    /// <summary><see cref="RiskDefaults.Standard"/>, with the locality's seven-year-old-flat price when one is configured.</summary>
    public RiskDefaults Defaults { get; } = RiskDefaults.Standard with { SevenYearOldFlatPerSqft = options.SevenYearOldFlatPerSqft };

    /// <summary>How many times a simulation has actually run (tests check the cache with it).</summary>
    public int Runs => _runs;

    private int _runs;

    public SchemeRisk For(Scheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var now = clock.GetUtcNow();
        var (regime, source) = _market.Value;
        var key = new Key(scheme.Terms, SchemeTimeline.For(scheme, Defaults, now), RegisterHash(scheme), regime ?? Defaults.StartingRegime, scheme.State);
        var entry = _cache.AddOrUpdate(scheme.Id.Value,
            _ => (key, new Lazy<SchemeRisk>(() => Run(scheme, now, regime, source))),
            (_, old) => old.Key == key ? old : (key, new Lazy<SchemeRisk>(() => Run(scheme, now, regime, source))));
        return entry.Risk.Value;
    }

    private SchemeRisk Run(Scheme scheme, DateTimeOffset now, MarketRegime? regime, string source)
    {
        var start = regime ?? Defaults.StartingRegime;
        var built = SchemeRiskModel.Build(scheme, Defaults, now, start, out var refusal);
        if (built is null)
        {
            return new SchemeRisk(null, null, refusal, start, source, Defaults);
        }
        Interlocked.Increment(ref _runs);
        var report = RiskEngine.Run(built.Model, Defaults.WebPaths, Defaults.Seed);
        return new SchemeRisk(built, report, null, start, source, Defaults);
    }

    private static int RegisterHash(Scheme scheme)
    {
        var hash = new HashCode();
        foreach (var e in scheme.Register?.Entries ?? [])
        {
            hash.Add(e);
        }
        return hash.ToHashCode();
    }

    /// <summary>
    /// A configured market file (docs/cycle.md), when there is one: its current verdict sets the
    /// starting regime. A file that cannot be read stops the page with the file's own problems, since
    /// quietly falling back to the default would show owners a different risk from the one configured.
    /// </summary>
    private static (MarketRegime? Regime, string Source) ReadMarket(string? file)
    {
        if (file is not { Length: > 0 })
        {
            return (null, "default");
        }
        var json = File.Exists(file) ? File.ReadAllText(file) : throw new InvalidOperationException($"risk market: {file}: file not found");
        var parsed = MarketFile.Parse(file, json, path => File.Exists(path) ? File.ReadAllText(path) : null);
        if (!parsed.Succeeded)
        {
            throw new InvalidOperationException("risk market: " + string.Join("; ", parsed.Problems));
        }
        if (CycleMonitor.Evaluate(parsed.Market!).Current is not { } now)
        {
            throw new InvalidOperationException($"risk market: {file}: the market has no month to read a verdict from.");
        }
        // A market the monitor cannot read leaves the default regime, and the source says why.
        var regime = MarketRegimes.FromVerdict(now.Verdict);
        return (regime, regime is null ? $"default ({parsed.Market!.Name} {now.Month}: cannot tell)" : $"{parsed.Market!.Name} {now.Month}");
    }

    private readonly record struct Key(AllocationTerms? Terms, Timeline? Timeline, int Register, MarketRegime Start, SchemeState State);
}
