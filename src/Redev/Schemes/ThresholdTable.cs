using System.Text.Json;
using System.Text.Json.Serialization;

namespace Redev.Schemes;

/// <summary>One class of lot and the share of consents it needs, as the law's table states it.</summary>
public sealed record ThresholdClass(
    string Id,
    string Description,
    int ThresholdPercent,
    int? MinAge = null,
    int? MaxAge = null,
    bool? DesignatedArea = null,
    bool? Industrial = null,
    bool? OutsideIndustrialZone = null,
    bool? EveryUnitOver10Percent = null)
{
    internal bool Matches(LotFacts facts, int age, bool everyUnitOver10Percent) =>
        (MinAge is not { } min || age >= min)
        && (MaxAge is not { } max || age <= max)
        && (DesignatedArea is not { } d || d == facts.DesignatedArea)
        && (Industrial is not { } i || i == facts.Industrial)
        && (OutsideIndustrialZone is not { } o || o == facts.OutsideIndustrialZone)
        && (EveryUnitOver10Percent is not { } e || e == everyUnitOver10Percent);
}

/// <summary>A version of the thresholds, in force between two dates.</summary>
public sealed record ThresholdVersion(
    string Version,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string Source,
    IReadOnlyList<ThresholdClass> Classes);

/// <summary>The threshold that applied to one lot, recorded on the scheme so it never changes later.</summary>
public sealed record AppliedThreshold(string Lot, string Version, string ClassId, string ClassDescription, int ThresholdPercent, string Source, int AgeYears);

/// <summary>
/// The Cap. 545 consent thresholds, read from a versioned data file rather than written in code,
/// because the law has changed (2010, 2024) and will change again; a scheme keeps the version it used.
/// </summary>
public sealed class ThresholdTable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public string Law { get; }
    public IReadOnlyList<ThresholdVersion> Versions { get; }

    public ThresholdTable(string law, IReadOnlyList<ThresholdVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0 || versions.Any(v => v.Classes.Count == 0 || v.Classes.All(c => c.Id != "default")))
        {
            throw new ArgumentException("Every threshold version needs classes including a 'default' one.", nameof(versions));
        }
        Law = law;
        Versions = versions.OrderBy(v => v.EffectiveFrom).ToArray();
    }

    /// <summary>The table shipped with Redev (an embedded copy of <c>Schemes/Data/cap545-thresholds.json</c>).</summary>
    public static ThresholdTable Cap545 { get; } = LoadEmbedded();

    public static ThresholdTable Parse(string json)
    {
        var file = JsonSerializer.Deserialize<FileShape>(json, Json)
                   ?? throw new FormatException("The threshold file is empty.");
        return new ThresholdTable(file.Law, file.Versions);
    }

    /// <summary>The version in force on <paramref name="on"/>, or null before the ordinance.</summary>
    public ThresholdVersion? VersionOn(DateOnly on) =>
        Versions.LastOrDefault(v => v.EffectiveFrom <= on && (v.EffectiveTo is not { } to || on <= to));

    /// <summary>
    /// The class and threshold for a lot on a date: the lowest percentage among the classes the lot
    /// falls in (the law lets an applicant rely on any class it meets).
    /// </summary>
    public AppliedThreshold Apply(string lot, LotFacts facts, bool everyUnitOver10Percent, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var version = VersionOn(on)
                      ?? throw new InvalidOperationException($"No Cap. 545 threshold is in force on {on:yyyy-MM-dd}.");
        var age = facts.AgeOn(on);
        var chosen = version.Classes
            .Where(c => c.Matches(facts, age, everyUnitOver10Percent))
            .OrderBy(c => c.ThresholdPercent)
            .First();
        return new AppliedThreshold(lot, version.Version, chosen.Id, chosen.Description, chosen.ThresholdPercent, version.Source, age);
    }

    private static ThresholdTable LoadEmbedded()
    {
        using var stream = typeof(ThresholdTable).Assembly.GetManifestResourceStream("Redev.cap545-thresholds.json")
                           ?? throw new InvalidOperationException("The Cap. 545 threshold file is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record FileShape(string Law, IReadOnlyList<ThresholdVersion> Versions);
}
