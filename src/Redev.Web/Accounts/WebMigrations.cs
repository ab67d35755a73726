using Redev.Store;

namespace Redev.Web.Accounts;

/// <summary>
/// The web app's own tables, kept in the same store (SQLite or PostgreSQL) as the schemes and applied
/// by the store's migration runner. Versions start at 1001 so they never collide with the store's own.
/// </summary>
public static class WebMigrations
{
    public static readonly IReadOnlyList<Migrations.Migration> All =
    [
        new(1001, "web users, api tokens, owner links, comparison terms", """
            CREATE TABLE web_users (
                user_name text PRIMARY KEY,
                display_name text NOT NULL,
                role text NOT NULL,
                password_hash text NOT NULL,
                failed_count integer NOT NULL,
                locked_until text NULL,
                created_at text NOT NULL
            );
            CREATE TABLE web_tokens (
                token_hash text PRIMARY KEY,
                user_name text NOT NULL REFERENCES web_users(user_name),
                created_at text NOT NULL,
                expires_at text NOT NULL
            );
            CREATE TABLE web_owner_links (
                scheme_id text NOT NULL REFERENCES schemes(scheme_id),
                owner text NOT NULL,
                user_name text NOT NULL REFERENCES web_users(user_name),
                linked_by text NOT NULL,
                linked_at text NOT NULL,
                PRIMARY KEY (scheme_id, owner)
            );
            CREATE TABLE web_comparison_terms (
                scheme_id text NOT NULL REFERENCES schemes(scheme_id),
                policy text NOT NULL,
                owners_base_cents bigint NOT NULL,
                developer_value_cents bigint NOT NULL,
                issue_price_cents bigint NOT NULL,
                weights text NOT NULL,
                PRIMARY KEY (scheme_id, policy)
            );
            """),
        // 1002 (an index of ledger entries by pending id) moved to the store's migration 7, which
        // replaces the index where 1002 ran; the number stays unused.
        .. Cycle.CycleMigrations.All,
    ];
}
