using Redev.Text;

namespace Redev.App.Markets;

/// <summary>The outcome of an upload: the new market's id, or the problems (file and line) or the refusal; never both.</summary>
public sealed record MarketUploadResult(string? Id, IReadOnlyList<InputProblem> Problems, Refusal? Refusal)
{
    public bool Succeeded => Id is not null;
}
