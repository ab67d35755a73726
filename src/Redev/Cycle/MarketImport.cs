using Redev.Text;

namespace Redev.Cycle;

/// <summary>A market read from its file, or every problem found (in the market file and its series files).</summary>
public sealed record MarketImport(Market? Market, IReadOnlyList<InputProblem> Problems)
{
    public bool Succeeded => Market is not null;
}
