using System.Text;
using Dapper;

namespace Redev.Store.Tests.Support;

/// <summary>
/// Every row of every table as text, so a test can prove that a refused operation changed nothing.
/// </summary>
public static class Snapshot
{
    public static async Task<string> TakeAsync(Database db)
    {
        await using var conn = await db.OpenAsync();
        var tables = db.Kind == StoreKind.Sqlite
            ? await conn.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            : await conn.QueryAsync<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
        var sb = new StringBuilder();
        foreach (var t in tables)
        {
            sb.Append("## ").AppendLine(t);
            var rows = (await conn.QueryAsync($"SELECT * FROM {t}"))
                .Cast<IDictionary<string, object?>>()
                .Select(row => string.Join("|", row.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")))
                .Order(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                sb.AppendLine(row);
            }
        }
        return sb.ToString();
    }
}
