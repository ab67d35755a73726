namespace Redev.Text;

/// <summary>A CSV record with the physical line on which it starts, for error messages.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
