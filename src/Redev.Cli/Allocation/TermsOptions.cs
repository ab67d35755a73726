using System.CommandLine;
using Redev.Allocation;
using Redev.App.Allocation;

namespace Redev.Cli.Allocation;

/// <summary>The allocation terms as options, shared by <c>redev allocate</c> and <c>redev scheme terms</c>.</summary>
public sealed class TermsOptions
{
    public Option<string> Policy { get; } = Options.Policy();
    public Option<string?> SiteValue { get; } = Options.HkdText("--site-value", "Equity: agreed value of the whole site");
    public Option<string?> ConstructionCost { get; } = Options.HkdText("--construction-cost", "Equity: the developer's construction cost");
    public Option<string?> PostValue { get; } = Options.HkdText("--post-value", "Cost-in-kind: value of the redeveloped building");
    public Option<string?> CommonBurden { get; } = Options.HkdText("--common-burden", "Cost-in-kind: construction, fees, interest and risk fee paid in kind");
    public Option<string?> IssuePrice { get; } = Options.HkdText("--issue-price", "Price of one unit", required: true);
    public Option<WeightBasis> Weights { get; } = Options.Weights();

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var o in new Option[] { Policy, SiteValue, ConstructionCost, PostValue, CommonBurden, IssuePrice, Weights })
        {
            command.Options.Add(o);
        }
    }

    /// <summary>
    /// The terms as typed, for the application layer to build with the same rules as the web's form: the
    /// other policy's figures, when given too, are kept for the owners' side-by-side preview.
    /// </summary>
    public TermsText Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new TermsText(parse.GetValue(Policy), parse.GetValue(IssuePrice), parse.GetValue(Weights) == WeightBasis.Shares ? "shares" : "appraised",
            parse.GetValue(SiteValue), parse.GetValue(ConstructionCost), parse.GetValue(PostValue), parse.GetValue(CommonBurden));
    }
}
