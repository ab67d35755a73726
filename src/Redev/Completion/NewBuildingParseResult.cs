using Redev.Text;

namespace Redev.Completion;

/// <summary>The outcome of reading a new building's register: every flat, or every problem found.</summary>
public sealed record NewBuildingParseResult
{
    public NewBuildingParseResult(IReadOnlyList<NewFlat>? flats, IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if ((flats is null) == (problems.Count == 0))
        {
            throw new ArgumentException("A register is either read whole or refused with at least one problem.", nameof(problems));
        }
        Flats = flats;
        Problems = problems;
    }

    public IReadOnlyList<NewFlat>? Flats { get; }
    public IReadOnlyList<InputProblem> Problems { get; }
    public bool Succeeded => Flats is not null;
}
