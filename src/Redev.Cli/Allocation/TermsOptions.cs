using System.CommandLine;
using Redev.Allocation;

namespace Redev.Cli.Allocation;

/// <summary>The allocation terms as options, shared by <c>redev allocate</c> and <c>redev scheme terms</c>.</summary>
public sealed class TermsOptions
{
    public Option<string> Policy { get; } = Options.Policy();
    public Option<Primitives.Cents?> SiteValue { get; } = Options.Hkd("--site-value", "Equity: agreed value of the whole site");
    public Option<Primitives.Cents?> ConstructionCost { get; } = Options.Hkd("--construction-cost", "Equity: the developer's construction cost");
    public Option<Primitives.Cents?> PostValue { get; } = Options.Hkd("--post-value", "Cost-in-kind: value of the redeveloped building");
    public Option<Primitives.Cents?> CommonBurden { get; } = Options.Hkd("--common-burden", "Cost-in-kind: construction, fees, interest and risk fee paid in kind");
    public Option<Primitives.Cents?> IssuePrice { get; } = Options.Hkd("--issue-price", "Price of one unit", required: true);
    public Option<WeightBasis> Weights { get; } = Options.Weights();

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var o in new Option[] { Policy, SiteValue, ConstructionCost, PostValue, CommonBurden, IssuePrice, Weights })
        {
            command.Options.Add(o);
        }
    }

    /// <summary>Builds the terms, refusing a mix of the two policies' options or a missing one.</summary>
    public AllocationTerms? Read(ParseResult parse, out Refusal? refusal)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var price = parse.GetValue(IssuePrice)!.Value;
        var weights = parse.GetValue(Weights);
        var site = parse.GetValue(SiteValue);
        var cost = parse.GetValue(ConstructionCost);
        var post = parse.GetValue(PostValue);
        var burden = parse.GetValue(CommonBurden);
        if (parse.GetValue(Policy) == "equity")
        {
            if (site is null || cost is null || post is not null || burden is not null)
            {
                refusal = new Refusal("bad-options", "--policy equity takes --site-value and --construction-cost (and not --post-value or --common-burden).");
                return null;
            }
            return AllocationTerms.Equity(site.Value, cost.Value, price, weights, out refusal);
        }
        if (post is null || burden is null || site is not null || cost is not null)
        {
            refusal = new Refusal("bad-options", "--policy cost-in-kind takes --post-value and --common-burden (and not --site-value or --construction-cost).");
            return null;
        }
        return AllocationTerms.CostInKind(post.Value, burden.Value, price, weights, out refusal);
    }
}
