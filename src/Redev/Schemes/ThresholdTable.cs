using System.Text.Json;
using System.Text.Json.Serialization;

namespace Redev.Schemes;

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
