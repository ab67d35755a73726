using Dapper;

namespace Redev.Store.Markets;

/// <summary>The uploaded markets in the store (migration 1101). An upload is never changed afterwards.</summary>
public sealed class MarketStore(Database db)
{
    /// <summary>Saves a market and its files in one transaction; false when the id is already taken.</summary>
    public async Task<bool> AddAsync(string id, string name, string json, IReadOnlyDictionary<string, string> files, string user, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (await conn.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM web_markets WHERE market_id = @Id", new { Id = id }, tx) > 0)
        {
            return false;
        }
        try
        {
            await conn.ExecuteAsync("INSERT INTO web_markets (market_id, name, market_json, uploaded_by, uploaded_at) VALUES (@Id, @Name, @Json, @User, @At)",
                new { Id = id, Name = name, Json = json, User = user, At = at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture) }, tx);
        }
        catch (System.Data.Common.DbException ex) when (ex is Npgsql.PostgresException { SqlState: "23505" } or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
        {
            return false; // another upload took the id between the check above and this insert
        }
        foreach (var (file, content) in files)
        {
            await conn.ExecuteAsync("INSERT INTO web_market_files (market_id, file_name, content) VALUES (@Id, @File, @Content)",
                new { Id = id, File = file, Content = content }, tx);
        }
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<StoredMarket>> ListAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        var rows = await conn.QueryAsync<Row>("SELECT market_id AS MarketId, name AS Name, market_json AS MarketJson, uploaded_by AS UploadedBy, uploaded_at AS UploadedAt FROM web_markets ORDER BY market_id");
        return rows.Select(r => r.Entry()).ToList();
    }

    /// <summary>The market file and its series files, or null when there is no such upload.</summary>
    public async Task<(StoredMarket Market, IReadOnlyDictionary<string, string> Files)?> GetAsync(string id, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<Row>(
            "SELECT market_id AS MarketId, name AS Name, market_json AS MarketJson, uploaded_by AS UploadedBy, uploaded_at AS UploadedAt FROM web_markets WHERE market_id = @Id", new { Id = id });
        if (row is null)
        {
            return null;
        }
        var files = (await conn.QueryAsync<(string Name, string Content)>("SELECT file_name, content FROM web_market_files WHERE market_id = @Id", new { Id = id }))
            .ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal);
        return (row.Entry(), files);
    }

    public async Task<long> CountFilesAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM web_market_files");
    }

    private sealed class Row
    {
        public string MarketId { get; set; } = "";
        public string Name { get; set; } = "";
        public string MarketJson { get; set; } = "";
        public string UploadedBy { get; set; } = "";
        public string UploadedAt { get; set; } = "";

        public StoredMarket Entry() => new(MarketId, Name, MarketJson, UploadedBy,
            DateTimeOffset.Parse(UploadedAt, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal));
    }
}
