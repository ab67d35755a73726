using Redev.Allocation;
using Redev.Primitives;
using Redev.Registers;

namespace Redev.Risk;

/// <summary>
/// A scenario joined to its register: the exact allocation of units and every owner's cash
/// alternatives. This is the exact (integer, rational) half of a risk run; the simulation then
/// works in floating point on the figures fixed here.
/// </summary>
public sealed record RiskModel(RiskScenario Scenario, AllocationResult Allocation, IReadOnlyList<OwnerPosition> Owners, string FocusOwner)
{
    /// <summary>Units held by consenting owners and by the buyers of the hold-outs' share (the owners' side).</summary>
    public long OwnerSideUnits => Allocation.Lines.Where(l => l.Role != HolderRole.Developer).Sum(l => l.Units.Value);

    public long DeveloperUnits => Allocation.For(Allocator.DeveloperId)?.Units.Value ?? 0;

    /// <summary>What the hold-outs' flats are appraised at; they are bought out at this × (1 + premium).</summary>
    public Cents HoldOutMarketValue => Owners.Where(o => o.HoldOut).Aggregate(Cents.Zero, (s, o) => s + o.MarketValue);

    /// <summary>Builds the model, or returns every problem (an owner named in the scenario but absent from the register, a missing appraisal).</summary>
    public static RiskModel? Build(string file, RiskScenario scenario, BuildingRegister register, out IReadOnlyList<ScenarioProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(register);
        var found = new List<ScenarioProblem>();
        for (var i = 0; i < scenario.HoldOuts.Count; i++)
        {
            if (!register.OwnsAny(scenario.HoldOuts[i]))
            {
                found.Add(new ScenarioProblem(file, $"$.holdOuts[{i}]", "names an owner who is not in the register", $"\"{scenario.HoldOuts[i]}\""));
            }
        }
        if (scenario.FocusOwner is { } focus && !register.OwnsAny(focus))
        {
            found.Add(new ScenarioProblem(file, "$.focusOwner", "names an owner who is not in the register", $"\"{focus}\""));
        }
        if (register.Flats.FirstOrDefault(fl => !fl.IsCommon && fl.AppraisedValue is null) is { } unvalued)
        {
            found.Add(new ScenarioProblem(file, "$.register",
                $"flat {unvalued.Designation} has no appraised value; the cash alternatives need one for every flat"));
        }
        var holdOuts = scenario.HoldOuts.ToHashSet(StringComparer.Ordinal);
        var participants = register.Owners.Where(o => !holdOuts.Contains(o)).ToHashSet(StringComparer.Ordinal);
        if (participants.Count == 0)
        {
            found.Add(new ScenarioProblem(file, "$.holdOuts", "leaves no consenting owner"));
        }
        if (scenario.FocusOwner is { } f2 && holdOuts.Contains(f2))
        {
            found.Add(new ScenarioProblem(file, "$.focusOwner", "is a hold-out, who holds no units", $"\"{f2}\""));
        }
        problems = found;
        if (found.Count > 0)
        {
            return null;
        }

        var terms = scenario.Policy == AllocationPolicy.Equity
            ? AllocationTerms.Equity(scenario.SiteValue, scenario.ConstructionCost, scenario.IssuePrice, scenario.Weights, out var refusal)
            : AllocationTerms.CostInKind(scenario.PostValue, scenario.CommonBurden, scenario.IssuePrice, scenario.Weights, out refusal);
        var allocation = terms is null ? null : Allocator.Allocate(register, terms, out refusal, participants);
        if (allocation is null)
        {
            problems = [new ScenarioProblem(file, "$", $"cannot be allocated: {refusal!.Message} [{refusal.Code}]")];
            return null;
        }
        var owners = register.Owners.Select(o => Position(register, allocation, scenario, o, holdOuts.Contains(o))).ToArray();
        return new RiskModel(scenario, allocation, owners, scenario.FocusOwner ?? participants.Order(StringComparer.Ordinal).First());
    }

    private static OwnerPosition Position(BuildingRegister register, AllocationResult allocation, RiskScenario scenario, string owner, bool holdOut)
    {
        // Exact: an owner's share of a flat's value is appraisal × fraction, rounded once to the cent.
        var market = Rational.Zero;
        var offer = Rational.Zero;
        var rules = new List<string>();
        foreach (var flat in register.Flats.Where(fl => !fl.IsCommon))
        {
            foreach (var stake in flat.Owners.Where(s => s.Owner == owner))
            {
                market += flat.AppraisedValue!.Value.Dollars * stake.Fraction;
                var (o, rule) = AcquisitionOffer.For(flat, stake, scenario);
                offer += o;
                rules.Add($"{flat.Designation} ({rule})");
            }
        }
        var units = holdOut ? 0 : allocation.For(owner)?.Units.Value ?? 0;
        return new OwnerPosition(owner, units, Cents.RoundFromDollars(market), Cents.RoundFromDollars(offer), holdOut)
        {
            OfferBasis = string.Join("; ", rules),
        };
    }
}
