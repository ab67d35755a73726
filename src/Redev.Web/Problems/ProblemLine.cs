using Microsoft.AspNetCore.Http.HttpResults;

namespace Redev.Web.Problems;

/// <summary>One problem of an input file, as the CLI prints it (<see cref="Text"/>) and in parts.</summary>
public sealed record ProblemLine(string Text, string File, int Line, string Field, string Message, string? Got);
