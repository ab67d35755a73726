using Redev.Text;

namespace Redev.Payout;

/// <summary>The outcome of reading a holdings file: either every holding or every problem found.</summary>
public sealed record HoldingsParseResult
{
    public HoldingsParseResult(IReadOnlyList<PayoutHolding>? holdings, IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if ((holdings is null) == (problems.Count == 0))
        {
            throw new ArgumentException("A holdings file is either read whole or refused with at least one problem.", nameof(problems));
        }
        Holdings = holdings;
        Problems = problems;
    }

    public IReadOnlyList<PayoutHolding>? Holdings { get; }
    public IReadOnlyList<InputProblem> Problems { get; }
    public bool Succeeded => Holdings is not null;
}
