using System.Text.Json;
using Redev.Primitives;
using Redev.Risk;

namespace Redev.Tests.Risk;

public class DeterminismTests
{
    /// <summary>A scenario with every source of randomness switched on.</summary>
    private static RiskModel Busy() => RiskScenarios.Model(RiskScenarios.Certain() with
    {
        Market = new RegimeDynamics(
            [new(-0.008, 0.035), new(0.001, 0.02), new(0.006, 0.025)],
            [[0.94, 0.06, 0], [0.04, 0.90, 0.06], [0.01, 0.04, 0.95]]),
        StartingRegime = MarketRegime.Downturn,
        Timeline = new Timeline(6, 12, 36, new TriangularDelay(0, 2, 6), new TriangularDelay(0, 1, 3), new TriangularDelay(0, 4, 9)),
        Overrun = new CostOverrun(1.05, 0.1),
        HoldOuts = ["C"],
        HoldOutPremium = 0.2,
        FailureBeforeVesting = 0.1,
        NoBuyerAtAuction = 0.05,
    });

    private static readonly JsonSerializerOptions Literal = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new CentsAsNumber() },
    };

    /// <summary>Cents as their whole number; the default would walk into <see cref="Cents.Dollars"/>, a rational.</summary>
    private sealed class CentsAsNumber : System.Text.Json.Serialization.JsonConverter<Cents>
    {
        public override Cents Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt64());
        public override void Write(Utf8JsonWriter writer, Cents value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
    }

    // Every double written round-trip: equal text means bit-identical numbers.
    private static string Fingerprint(RiskReport report)
    {
        var json = JsonSerializer.Serialize(report, Literal);
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
        return json;
    }

    [Fact]
    public void The_same_seed_gives_bit_identical_reports_on_1_2_and_8_threads()
    {
        var model = Busy();
        // Five full blocks and a partial one, so threads really do split the blocks differently.
        const long paths = 5 * 4096 + 13;
        var one = Fingerprint(RiskEngine.Run(model, paths, 42, threads: 1));
        var two = Fingerprint(RiskEngine.Run(model, paths, 42, threads: 2));
        var eight = Fingerprint(RiskEngine.Run(model, paths, 42, threads: 8));

        Assert.Equal(one, two);
        Assert.Equal(one, eight);
    }

    [Fact]
    public void A_different_seed_gives_a_different_report()
    {
        var model = Busy();
        Assert.NotEqual(Fingerprint(RiskEngine.Run(model, 9_000, 1)), Fingerprint(RiskEngine.Run(model, 9_000, 2)));
    }

    [Fact]
    public void A_run_counts_every_path_once_as_completed_failed_or_without_a_buyer()
    {
        var report = RiskEngine.Run(Busy(), 50_000, 8);
        Assert.Equal(50_000, report.Succeeded + report.FailedBeforeVesting + report.NoBuyerAtAuction);
        // 10% fail before vesting; 5% of the rest find no buyer: 4.5% in all. Binomial standard errors are about 0.13% and 0.09%.
        Assert.InRange(report.FailedBeforeVesting / 50_000.0, 0.095, 0.105);
        Assert.InRange(report.NoBuyerAtAuction / 50_000.0, 0.041, 0.049);
    }
}
