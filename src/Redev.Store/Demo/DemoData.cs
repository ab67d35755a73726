using Redev.Allocation;
using Redev.Building;
using Redev.Primitives;
using Redev.Registers;
using Redev.Schemes;

namespace Redev.Store.Demo;

/// <summary>
/// The demo scheme: a fictional 1962 tenement of two shops and 32 flats. Its figures and their
/// basis are written down in docs/demo.md; they are plausible for Kowloon in 2026, not real.
/// </summary>
public static class DemoData
{
    public static readonly SchemeId Id = SchemeId.Parse("demo-tkt");
    public const string Name = "88 Demo Street, Tai Kok Tsui (fictional tenement)";
    public static readonly LotFacts Facts = new(CompletionYear: 1962);

    public static readonly Cents SiteValue = Cents.FromDollars(168_000_000);
    public static readonly Cents ConstructionCost = Cents.FromDollars(150_000_000);
    public static readonly Cents PostValue = Cents.FromDollars(348_000_000);
    public static readonly Cents CommonBurden = Cents.FromDollars(172_000_000);
    public static readonly Cents IssuePrice = Cents.FromDollars(10);

    /// <summary>Owners who hold out: a shop, three flat owners, and one of three co-owners of 5/F Flat C.</summary>
    public static readonly IReadOnlySet<string> HoldOuts = new HashSet<string>(StringComparer.Ordinal)
    {
        "LAM Kwok Wing", "TANG Suk Fong", "CHOW Bik Ha", "LO Tak Shing", "POON Lai Ping",
    };

    /// <summary>The owner whose receipt the demo prints: one with a mortgaged flat, so the pledge shows.</summary>
    public const string ReceiptHolder = "CHEUNG Sai Cheong";

    public static string RegisterCsvText()
    {
        using var stream = typeof(DemoData).Assembly.GetManifestResourceStream("Redev.Store.demo-register.csv")
                           ?? throw new InvalidOperationException("The demo register is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static BuildingRegister Register()
    {
        var parsed = RegisterCsv.Parse("demo-register.csv", RegisterCsvText());
        return parsed.Register ?? throw new InvalidOperationException("The demo register is invalid: " + string.Join("; ", parsed.Problems));
    }

    public static AllocationTerms Equity() =>
        AllocationTerms.Equity(SiteValue, ConstructionCost, IssuePrice, WeightBasis.Shares, out _)!;

    /// <summary>
    /// The demo's construction schedule from <paramref name="start"/>: four milestones, the first two half the
    /// cost between them (so two certified give the developer exactly half its units), the occupation permit last,
    /// 90 days' grace. They are the standard stages, so the pages name them in each reader's language.
    /// </summary>
    public static MilestoneSchedule Schedule(DateOnly start) => new(
    [
        new Milestone(StandardMilestones.Foundations.Name, 2000, start.AddMonths(9)),
        new Milestone(StandardMilestones.Superstructure.Name, 3000, start.AddMonths(21)),
        new Milestone(StandardMilestones.ToppingOut.Name, 2500, start.AddMonths(30)),
        new Milestone(StandardMilestones.OccupationPermit.Name, 2500, start.AddMonths(36)),
    ], 90);

    public static AllocationTerms CostInKind() =>
        AllocationTerms.CostInKind(PostValue, CommonBurden, IssuePrice, WeightBasis.Shares, out _)!;
}
