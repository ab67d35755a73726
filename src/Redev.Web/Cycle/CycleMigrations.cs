using Redev.Store;

namespace Redev.Web.Cycle;

/// <summary>
/// The markets a convener uploads: the market file as JSON and each series file's text, in the same
/// store as everything else, so an upload works alike on SQLite and PostgreSQL and is backed up with
/// the rest. Numbered from 1101 so the web app's other migrations (1001, 1002, ...) never collide.
/// </summary>
public static class CycleMigrations
{
    public static readonly IReadOnlyList<Migrations.Migration> All =
    [
        new(1101, "uploaded cycle markets and their series files", """
            CREATE TABLE web_markets (
                market_id text PRIMARY KEY,
                name text NOT NULL,
                market_json text NOT NULL,
                uploaded_by text NOT NULL,
                uploaded_at text NOT NULL
            );
            CREATE TABLE web_market_files (
                market_id text NOT NULL REFERENCES web_markets(market_id),
                file_name text NOT NULL,
                content text NOT NULL,
                PRIMARY KEY (market_id, file_name)
            );
            """),
    ];
}
