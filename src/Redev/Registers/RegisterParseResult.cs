using Redev.Text;

namespace Redev.Registers;

/// <summary>The outcome of reading a register: either a register or every problem found.</summary>
public sealed record RegisterParseResult(BuildingRegister? Register, IReadOnlyList<InputProblem> Problems)
{
    public bool Succeeded => Register is not null;
}
