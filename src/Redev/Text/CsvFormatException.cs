namespace Redev.Text;

/// <summary>
/// A CSV file that cannot be split into records (a quoted field never closed), with the line where the broken
/// record starts, so a reader of the file can be told where to look in their own language.
/// </summary>
public sealed class CsvFormatException(int line, string message) : FormatException(message)
{
    /// <summary>1-based line where the record that cannot be read starts.</summary>
    public int Line { get; } = line;
}
