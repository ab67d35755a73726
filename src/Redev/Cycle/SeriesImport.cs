using Redev.Text;

namespace Redev.Cycle;

/// <summary>The outcome of reading a series file: a series, or every problem found and no series.</summary>
public sealed record SeriesImport(TimeSeries? Series, Frequency? Source, IReadOnlyList<InputProblem> Problems)
{
    public bool Succeeded => Series is not null;
}
