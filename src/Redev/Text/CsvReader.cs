using System.Text;

namespace Redev.Text;

/// <summary>
/// Reads RFC 4180 CSV: comma-separated, fields optionally in double quotes, quotes doubled inside
/// quotes, line breaks allowed inside quotes. Tolerates LF or CRLF and a UTF-8 byte-order mark,
/// which spreadsheet exports often add.
/// </summary>
public static class CsvReader
{
    /// <summary>Splits <paramref name="text"/> into records; blank lines are skipped.</summary>
    /// <exception cref="CsvFormatException">When a quoted field is never closed; the message and <see cref="CsvFormatException.Line"/> name the line.</exception>
    public static IReadOnlyList<CsvRecord> Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldStarted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
        }

        void EndRecord()
        {
            EndField();
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                records.Add(new CsvRecord(recordLine, fields.ToArray()));
            }
            fields.Clear();
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when !fieldStarted && field.Length == 0:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (inQuotes)
        {
            throw new CsvFormatException(recordLine, $"line {recordLine}: a quoted field is not closed before the end of the file");
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            EndRecord();
        }
        return records;
    }
}
