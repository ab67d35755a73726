using System.Globalization;
using System.Text.Json;

namespace Redev.Risk;

/// <summary>Reads one stage's delay of a scenario's timeline: triangular (the default) or lognormal, each figure checked and named.</summary>
internal static class DelayJson
{
    private static readonly string[] DelayFields = ["distribution", "min", "mode", "max"];
    private static readonly string[] LognormalFields = ["distribution", "median", "sigma", "max"];

    public static StageDelay Read(JsonFields f, JsonElement t, string parent, string name)
    {
        if (f.Object(t, parent, name, false) is not { } d)
        {
            return StageDelay.None;
        }
        var path = $"{parent}.{name}";
        var shape = f.Text(d, path, "distribution", false) ?? "triangular";
        if (shape == "lognormal")
        {
            return Lognormal(f, d, path);
        }
        if (shape != "triangular")
        {
            f.Problem($"{path}.distribution", "must be \"triangular\" (the default) or \"lognormal\"", d.GetProperty("distribution"));
            return StageDelay.None;
        }
        ScenarioJson.Unknown(f, d, path, DelayFields);
        var before = f.Count;
        var min = f.Number(d, path, "min", 0, ScenarioJson.MaxHorizonMonths, rule: "must be zero or more months");
        var mode = f.Number(d, path, "mode", 0, ScenarioJson.MaxHorizonMonths, rule: "must be zero or more months");
        var max = f.Number(d, path, "max", 0, ScenarioJson.MaxHorizonMonths, rule: "must be zero or more months");
        if (f.Count == before && !(min <= mode && mode <= max))
        {
            f.Problem(path, "must have min <= mode <= max", d);
            return StageDelay.None;
        }
        return f.Count == before ? new TriangularDelay(min, mode, max) : StageDelay.None;
    }

    private static StageDelay Lognormal(JsonFields f, JsonElement d, string path)
    {
        ScenarioJson.Unknown(f, d, path, LognormalFields);
        var before = f.Count;
        var median = f.Number(d, path, "median", 0, ScenarioJson.MaxHorizonMonths, rule: "must be zero or more months (the median delay)");
        var sigma = f.Number(d, path, "sigma", 0, 5, rule: "must be zero or more (and at most 5): the standard deviation of ln(delay)");
        var max = f.Number(d, path, "max", 0, ScenarioJson.MaxHorizonMonths, rule: "must be zero or more months (the cap on the delay)");
        if (f.Count == before && max < median)
        {
            f.Problem($"{path}.max", $"must be at least the median ({median.ToString(CultureInfo.InvariantCulture)} months)", d.GetProperty("max"));
        }
        return f.Count == before ? new LognormalDelay(median, sigma, max) : StageDelay.None;
    }
}
