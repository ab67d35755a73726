using System.Text.Json;
using Redev.Allocation;

namespace Redev.Risk;

/// <summary>
/// Reads a risk scenario from JSON (format in docs/risk.md) and checks every parameter, naming
/// it by JSON path; nothing is simulated from a scenario with a problem.
/// </summary>
public static class ScenarioJson
{
    private static readonly string[] TopLevel =
    [
        "register", "policy", "weights", "siteValueHkd", "constructionCostHkd", "postValueHkd", "commonBurdenHkd",
        "issuePriceHkd", "holdOuts", "holdOutPremium", "focusOwner", "startingRegime", "regimes", "transitions",
        "timeline", "costOverrun", "financeRate", "depositRate", "acquisitionOfferMultiple", "sevenYearOldFlatHkdPerSqft",
        "supplementaryAllowanceShare", "businessAllowanceShare", "failureBeforeVesting",
        "noBuyerAtAuction", "paths", "seed",
    ];

    private static readonly string[] RegimeFields = ["monthlyDrift", "monthlyVolatility"];
    private static readonly string[] TimelineFields = ["vestingMonths", "demolitionMonths", "completionMonths", "vestingDelay", "demolitionDelay", "completionDelay"];

    /// <summary>The longest horizon simulated (100 years), so a typo cannot ask for a week-long run.</summary>
    public const int MaxHorizonMonths = 1200;

    public static ScenarioParseResult Parse(string file, string json)
    {
        var problems = new List<ScenarioProblem>();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return new(null, [new ScenarioProblem(file, "$", $"is not valid JSON: {ex.Message}")]);
        }
        using (doc)
        {
            var root = doc.RootElement;
            var f = new JsonFields(file, problems);
            if (root.ValueKind != JsonValueKind.Object)
            {
                f.Problem("$", "must be a JSON object");
                return new(null, problems);
            }
            Unknown(f, root, "$", TopLevel);
            var scenario = Read(f, root);
            return problems.Count > 0 ? new(null, problems) : new(scenario, []);
        }
    }

    internal static void Unknown(JsonFields f, JsonElement obj, string path, string[] known)
    {
        foreach (var p in obj.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
        {
            f.Problem($"{path}.{p.Name}", $"is not a scenario parameter; expected one of {string.Join(", ", known)}");
        }
    }

    private static RiskScenario Read(JsonFields f, JsonElement root)
    {
        var register = f.Text(root, "$", "register", true) ?? "";
        var policyText = f.Text(root, "$", "policy", true);
        var policy = policyText switch
        {
            "equity" => AllocationPolicy.Equity,
            "cost-in-kind" => AllocationPolicy.CostInKind,
            null => AllocationPolicy.Equity,
            _ => Bad(f, "$.policy", "must be \"equity\" or \"cost-in-kind\"", root.GetProperty("policy"), AllocationPolicy.Equity),
        };
        var weightsText = f.Text(root, "$", "weights", false) ?? "shares";
        var weights = weightsText switch
        {
            "shares" => WeightBasis.Shares,
            "appraised" => WeightBasis.Appraised,
            _ => Bad(f, "$.weights", "must be \"shares\" or \"appraised\"", root.GetProperty("weights"), WeightBasis.Shares),
        };
        var equity = policy == AllocationPolicy.Equity;
        var site = f.Hkd(root, "$", "siteValueHkd", equity, true);
        var cost = f.Hkd(root, "$", "constructionCostHkd", true, false);
        var post = f.Hkd(root, "$", "postValueHkd", true, true);
        var burden = f.Hkd(root, "$", "commonBurdenHkd", !equity, false);
        if (!equity && burden.Value > 0 && post.Value > 0 && burden >= post)
        {
            f.Problem("$.commonBurdenHkd", "must be below postValueHkd, or owners would receive nothing", root.GetProperty("commonBurdenHkd"));
        }
        var price = f.Hkd(root, "$", "issuePriceHkd", true, true);

        var holdOuts = new List<string>();
        if (f.Get(root, "$", "holdOuts", false) is { } ho)
        {
            if (ho.ValueKind != JsonValueKind.Array)
            {
                f.Problem("$.holdOuts", "must be an array of owner names", ho);
            }
            else
            {
                var i = 0;
                foreach (var e in ho.EnumerateArray())
                {
                    if (e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString()))
                    {
                        f.Problem($"$.holdOuts[{i}]", "must be an owner's name as written in the register", e);
                    }
                    else
                    {
                        holdOuts.Add(e.GetString()!);
                    }
                    i++;
                }
            }
        }
        var premium = f.Number(root, "$", "holdOutPremium", 0, 10, 0);
        var focus = f.Text(root, "$", "focusOwner", false);

        var start = MarketRegime.Downturn;
        if (f.Text(root, "$", "startingRegime", true) is { } sr && !MarketRegimes.TryParse(sr, out start))
        {
            f.Problem("$.startingRegime", "must be \"downturn\", \"stabilising\" or \"expansion\"", root.GetProperty("startingRegime"));
        }
        var market = ReadMarket(f, root);
        var timeline = ReadTimeline(f, root);

        var overrun = CostOverrun.None;
        if (f.Object(root, "$", "costOverrun", false) is { } co)
        {
            Unknown(f, co, "$.costOverrun", ["median", "sigma"]);
            overrun = new CostOverrun(
                f.Number(co, "$.costOverrun", "median", 1e-6, 100, 1, "must be a positive multiplier (1 = no overrun)"),
                f.Number(co, "$.costOverrun", "sigma", 0, 5, 0, "must be zero or more (and at most 5)"));
        }
        var paths = f.Integer(root, "$", "paths", 1, 100_000_000, 1_000_000);
        ulong seed = 1;
        if (f.Get(root, "$", "seed", false) is { } s && !(s.ValueKind == JsonValueKind.Number && s.TryGetUInt64(out seed)))
        {
            f.Problem("$.seed", "must be a whole number from 0 to 18446744073709551615", s);
        }
        return new RiskScenario
        {
            RegisterPath = register,
            Policy = policy,
            Weights = weights,
            SiteValue = site,
            ConstructionCost = cost,
            PostValue = post,
            CommonBurden = burden,
            IssuePrice = price,
            HoldOuts = holdOuts,
            HoldOutPremium = premium,
            FocusOwner = focus,
            StartingRegime = start,
            Market = market,
            Timeline = timeline,
            Overrun = overrun,
            FinanceRate = f.Number(root, "$", "financeRate", 0, 1, 0, "must be an annual rate from 0 to 1"),
            DepositRate = f.Number(root, "$", "depositRate", 0, 1, 0, "must be an annual rate from 0 to 1"),
            AcquisitionOfferMultiple = f.Number(root, "$", "acquisitionOfferMultiple", 0, 10, 2, "must be from 0 to 10 (a URA-style offer is about 2)"),
            SevenYearOldFlatPerSqft = f.Get(root, "$", "sevenYearOldFlatHkdPerSqft", false) is null
                ? null : f.Hkd(root, "$", "sevenYearOldFlatHkdPerSqft", true, true),
            SupplementaryAllowanceShare = f.Number(root, "$", "supplementaryAllowanceShare", 0, 1, 0.5, "must be a share from 0 to 1 of the home purchase allowance"),
            BusinessAllowanceShare = f.Number(root, "$", "businessAllowanceShare", 0, 10, 0.1, "must be from 0 to 10 (a share of the shop's market value)"),
            FailureBeforeVesting = f.Number(root, "$", "failureBeforeVesting", 0, 1, 0, "must be a probability from 0 to 1"),
            NoBuyerAtAuction = f.Number(root, "$", "noBuyerAtAuction", 0, 1, 0, "must be a probability from 0 to 1"),
            Paths = paths,
            Seed = seed,
        };
    }

    private static T Bad<T>(JsonFields f, string path, string message, JsonElement got, T fallback)
    {
        f.Problem(path, message, got);
        return fallback;
    }

    private static RegimeDynamics ReadMarket(JsonFields f, JsonElement root)
    {
        var returns = new RegimeReturn[3];
        var rows = new double[3][];
        var regimes = f.Object(root, "$", "regimes");
        var transitions = f.Object(root, "$", "transitions");
        var names = MarketRegimes.All.Select(MarketRegimes.Name).ToArray();
        if (regimes is { } rg)
        {
            Unknown(f, rg, "$.regimes", names);
        }
        if (transitions is { } tr)
        {
            Unknown(f, tr, "$.transitions", names);
        }
        foreach (var r in MarketRegimes.All)
        {
            var name = MarketRegimes.Name(r);
            var i = (int)r;
            rows[i] = [i == 0 ? 1 : 0, i == 1 ? 1 : 0, i == 2 ? 1 : 0];
            if (regimes is { } g && f.Object(g, "$.regimes", name) is { } o)
            {
                var path = $"$.regimes.{name}";
                Unknown(f, o, path, RegimeFields);
                returns[i] = new RegimeReturn(
                    f.Number(o, path, "monthlyDrift", -1, 1, rule: "must be a monthly log-return from -1 to 1"),
                    f.Number(o, path, "monthlyVolatility", 0, 1, rule: "must be zero or more (and at most 1 a month)"));
            }
            if (transitions is { } t && f.Object(t, "$.transitions", name) is { } row)
            {
                var path = $"$.transitions.{name}";
                Unknown(f, row, path, names);
                var before = f.Count;
                var p = names.Select(to => f.Number(row, path, to, 0, 1, rule: "must be a probability from 0 to 1")).ToArray();
                if (f.Count == before)
                {
                    var sum = p.Sum();
                    if (Math.Abs(sum - 1) > 1e-9)
                    {
                        f.Problem(path, $"probabilities of leaving {name} must sum to 1 (they sum to {Math.Round(sum, 9).ToString(System.Globalization.CultureInfo.InvariantCulture)})");
                    }
                    rows[i] = p;
                }
            }
        }
        return new RegimeDynamics(returns, rows);
    }

    private static Timeline ReadTimeline(JsonFields f, JsonElement root)
    {
        if (f.Object(root, "$", "timeline") is not { } t)
        {
            return new Timeline(0, 0, 1, TriangularDelay.None, TriangularDelay.None, TriangularDelay.None);
        }
        const string path = "$.timeline";
        Unknown(f, t, path, TimelineFields);
        var vesting = f.Integer(t, path, "vestingMonths", 0, MaxHorizonMonths);
        var demolition = f.Integer(t, path, "demolitionMonths", 0, MaxHorizonMonths);
        var completion = f.Integer(t, path, "completionMonths", 1, MaxHorizonMonths);
        if (vesting >= 0 && demolition >= 0 && demolition < vesting)
        {
            f.Problem($"{path}.demolitionMonths", $"must not come before vesting (vestingMonths is {vesting})", t.GetProperty("demolitionMonths"));
        }
        if (completion >= 0 && vesting >= 0 && completion <= vesting)
        {
            f.Problem($"{path}.completionMonths", $"must come after vesting (vestingMonths is {vesting})", t.GetProperty("completionMonths"));
        }
        else if (completion >= 0 && demolition >= 0 && completion <= demolition)
        {
            f.Problem($"{path}.completionMonths", $"must come after demolition (demolitionMonths is {demolition})", t.GetProperty("completionMonths"));
        }
        var timeline = new Timeline(vesting, demolition, completion,
            DelayJson.Read(f, t, path, "vestingDelay"), DelayJson.Read(f, t, path, "demolitionDelay"), DelayJson.Read(f, t, path, "completionDelay"));
        if (completion > 0 && timeline.HorizonMonths > MaxHorizonMonths)
        {
            f.Problem(path, $"completion plus the longest delays reaches month {timeline.HorizonMonths}, beyond the {MaxHorizonMonths}-month limit");
        }
        return timeline;
    }
}
