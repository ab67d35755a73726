using Dapper;

namespace Redev.Store;

/// <summary>
/// Schema changes, applied in order on start and recorded in <c>schema_migrations</c>, so that
/// an old file or server is brought up to date by simply opening it.
/// </summary>
/// <remarks>
/// The DDL is written once for both engines: <c>bigint</c>, <c>text</c> and <c>integer</c> mean
/// the same to both, times are ISO-8601 UTC text (sortable, exact, engine-neutral), and every
/// table is keyed by <c>scheme_id</c> first so a distributed engine can shard by scheme.
/// </remarks>
public static class Migrations
{
    /// <param name="PostgresOnly">Storage settings that only PostgreSQL has (none change what a query returns), run after <paramref name="Sql"/> there.</param>
    public sealed record Migration(int Version, string Name, string Sql, string? PostgresOnly = null);

    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "schemes, registers, consents", """
            CREATE TABLE schemes (
                scheme_id text PRIMARY KEY,
                name text NOT NULL,
                completion_year integer NOT NULL,
                designated_area integer NOT NULL,
                industrial integer NOT NULL,
                outside_industrial_zone integer NOT NULL,
                created_at text NOT NULL,
                state text NOT NULL,
                version integer NOT NULL,
                enrolment_deadline text NULL,
                terms_policy text NULL,
                terms_weights text NULL,
                terms_issue_price_cents bigint NULL,
                terms_owners_base_cents bigint NULL,
                terms_developer_value_cents bigint NULL
            );
            CREATE TABLE register_rows (
                scheme_id text NOT NULL REFERENCES schemes(scheme_id),
                line integer NOT NULL,
                lot text NOT NULL,
                flat text NOT NULL,
                shares bigint NOT NULL,
                saleable_area_sqft text NULL,
                owner text NULL,
                fraction text NOT NULL,
                appraised_cents bigint NULL,
                mortgagee text NULL,
                use text NOT NULL,
                PRIMARY KEY (scheme_id, line)
            );
            CREATE TABLE consents (
                scheme_id text NOT NULL REFERENCES schemes(scheme_id),
                owner text NOT NULL,
                at text NOT NULL,
                PRIMARY KEY (scheme_id, owner)
            );
            CREATE TABLE applied_thresholds (
                scheme_id text NOT NULL REFERENCES schemes(scheme_id),
                lot text NOT NULL,
                version text NOT NULL,
                class_id text NOT NULL,
                class_description text NOT NULL,
                threshold_percent integer NOT NULL,
                source text NOT NULL,
                age_years integer NOT NULL,
                PRIMARY KEY (scheme_id, lot)
            );
            CREATE TABLE scheme_events (
                scheme_id text NOT NULL REFERENCES schemes(scheme_id),
                seq integer NOT NULL,
                at text NOT NULL,
                from_state text NOT NULL,
                to_state text NOT NULL,
                note text NOT NULL,
                PRIMARY KEY (scheme_id, seq)
            );
            """),
        new(2, "ledger: accounts, hash-chained entries, checkpoints", """
            CREATE TABLE ledger_accounts (
                scheme_id text NOT NULL,
                holder text NOT NULL,
                asset text NOT NULL,
                pledged_to text NOT NULL,
                balance bigint NOT NULL,
                pending_debits bigint NOT NULL,
                pending_credits bigint NOT NULL,
                PRIMARY KEY (scheme_id, holder, asset, pledged_to)
            );
            CREATE TABLE ledger_entries (
                scheme_id text NOT NULL,
                seq bigint NOT NULL,
                id text NOT NULL,
                kind text NOT NULL,
                code text NOT NULL,
                asset text NOT NULL,
                debit_holder text NOT NULL,
                debit_pledged_to text NOT NULL,
                credit_holder text NOT NULL,
                credit_pledged_to text NOT NULL,
                amount bigint NOT NULL,
                pending_id text NULL,
                expires_ticks bigint NULL,
                timestamp_ticks bigint NOT NULL,
                authorized_by text NOT NULL,
                metadata text NOT NULL,
                prev_hash text NOT NULL,
                hash text NOT NULL,
                PRIMARY KEY (scheme_id, seq)
            );
            CREATE UNIQUE INDEX ledger_entries_id ON ledger_entries (scheme_id, id);
            CREATE TABLE ledger_checkpoints (
                scheme_id text NOT NULL,
                entry_count bigint NOT NULL,
                root text NOT NULL,
                signed_at_ticks bigint NOT NULL,
                signature text NOT NULL,
                public_key text NOT NULL,
                PRIMARY KEY (scheme_id, entry_count, signed_at_ticks)
            );
            CREATE TABLE ledger_meta (
                id integer PRIMARY KEY,
                version bigint NOT NULL
            );
            INSERT INTO ledger_meta (id, version) VALUES (1, 0);
            """),
        new(3, "ledger: the audit trail of acts that move no units, hash-chained and signed by the notary", """
            CREATE TABLE ledger_audit (
                scheme_id text NOT NULL,
                seq bigint NOT NULL,
                action text NOT NULL,
                actor text NOT NULL,
                subject text NOT NULL,
                detail text NOT NULL,
                at_ticks bigint NOT NULL,
                prev_hash text NOT NULL,
                hash text NOT NULL,
                signature text NOT NULL,
                public_key text NOT NULL,
                PRIMARY KEY (scheme_id, seq)
            );
            """),
        // Transfer ids are random: a unique index over all of them dirtied a random index page per
        // entry, the largest part of each commit's writes. Uniqueness is the single writer's to keep
        // (its book holds every id, rebuilt from the entries) and verify's to check; lookups by id
        // are only ever for two-phase transfers, so only pending entries are indexed by id.
        new(4, "ledger: index only pending entries by id", """
            DROP INDEX ledger_entries_id;
            CREATE INDEX ledger_entries_pending_id ON ledger_entries (scheme_id, id) WHERE kind = 'Pending';
            """,
            // Balances are rewritten on every commit; free room on each page lets PostgreSQL update
            // a row in place (a HOT update) instead of adding a new index entry each time.
            PostgresOnly: "ALTER TABLE ledger_accounts SET (fillfactor = 50);"),
        // Rebuilt rather than altered: the audit count joins the key (two links signed in the same
        // tick give two checkpoints of one entry count), and SQLite cannot change a primary key.
        new(5, "ledger: checkpoints also sign the audit trail's length and last hash", """
            CREATE TABLE ledger_checkpoints_v2 (
                scheme_id text NOT NULL,
                entry_count bigint NOT NULL,
                root text NOT NULL,
                signed_at_ticks bigint NOT NULL,
                signature text NOT NULL,
                public_key text NOT NULL,
                audit_count bigint NOT NULL,
                audit_head text NOT NULL,
                PRIMARY KEY (scheme_id, entry_count, audit_count, signed_at_ticks)
            );
            INSERT INTO ledger_checkpoints_v2 (scheme_id, entry_count, root, signed_at_ticks, signature, public_key, audit_count, audit_head)
                SELECT scheme_id, entry_count, root, signed_at_ticks, signature, public_key, 0, '' FROM ledger_checkpoints;
            DROP TABLE ledger_checkpoints;
            ALTER TABLE ledger_checkpoints_v2 RENAME TO ledger_checkpoints;
            """),
        // Rewriting every touched balance on every commit was a third of each commit's rows and most
        // of its dirtied pages. The journal is the ledger; stored balances become a snapshot of what
        // it adds up to as of one entry per scheme (the writer moves it forward when it is not
        // pressed), and loading replays the entries after it. Up to now balances were written with
        // every commit, so they stand as of each scheme's last entry. The columns are renamed so
        // that a program built before this migration, which would take them for current balances
        // and never move the snapshot point, fails on its first read instead of double-counting.
        new(6, "ledger: stored balances are a snapshot as of an entry per scheme", """
            CREATE TABLE ledger_balances_as_of (
                scheme_id text PRIMARY KEY,
                seq bigint NOT NULL
            );
            INSERT INTO ledger_balances_as_of (scheme_id, seq)
                SELECT scheme_id, max(seq) FROM ledger_entries GROUP BY scheme_id;
            ALTER TABLE ledger_accounts RENAME COLUMN balance TO snapshot_balance;
            ALTER TABLE ledger_accounts RENAME COLUMN pending_debits TO snapshot_pending_debits;
            ALTER TABLE ledger_accounts RENAME COLUMN pending_credits TO snapshot_pending_credits;
            """),
        // Finding the entries that decided a two-phase transfer (LedgerReader, by pending id) must not
        // scan the journal. The web app used to add an index for it (its migration 1002, over every
        // entry); it belongs to the ledger's schema, and only the entries that name a pending are
        // indexed, so the writer's many plain transfers add no index writes. A database that ran the
        // web's migration has its index replaced; 1002 stays recorded there and means nothing now.
        new(7, "ledger: index entries by the pending transfer they post or void", """
            DROP INDEX IF EXISTS web_ledger_entries_pending;
            CREATE INDEX ledger_entries_by_pending ON ledger_entries (scheme_id, pending_id) WHERE pending_id IS NOT NULL;
            """),
        // Holders are identities registered by the notary; a link says which register owner of a scheme a
        // holder is, with the identity document's type and when it was checked (never its number).
        new(8, "holders and their links to register owners", """
            CREATE TABLE holders (
                holder_id text PRIMARY KEY,
                kind text NOT NULL,
                name_en text NOT NULL,
                name_zh text NOT NULL,
                user_name text NULL UNIQUE,
                created_at text NOT NULL
            );
            CREATE TABLE holder_links (
                scheme_id text NOT NULL REFERENCES schemes(scheme_id),
                owner text NOT NULL,
                holder_id text NOT NULL REFERENCES holders(holder_id),
                document_type text NOT NULL,
                checked_at text NOT NULL,
                linked_by text NOT NULL,
                linked_at text NOT NULL,
                PRIMARY KEY (scheme_id, owner)
            );
            CREATE INDEX holder_links_holder ON holder_links (holder_id, scheme_id);
            """),
        // A checkpoint also commits to every holder's balances (a Merkle sum tree): an empty root
        // marks a checkpoint signed before, which keeps its version-1 or -2 bytes.
        new(9, "ledger: checkpoints commit to the balance tree (version 3)", """
            ALTER TABLE ledger_checkpoints ADD COLUMN balance_root text NOT NULL DEFAULT '';
            ALTER TABLE ledger_checkpoints ADD COLUMN balance_holders bigint NOT NULL DEFAULT 0;
            ALTER TABLE ledger_checkpoints ADD COLUMN balance_units bigint NOT NULL DEFAULT 0;
            ALTER TABLE ledger_checkpoints ADD COLUMN balance_hkd bigint NOT NULL DEFAULT 0;
            """),
        // The register's optional occupancy column (owner-occupied, tenanted, vacant) sets each owner's
        // URA-style acquisition offer in a risk run; rows stored before it have none (not stated).
        new(10, "registers: occupancy of each owner's stake", """
            ALTER TABLE register_rows ADD COLUMN occupancy text NULL;
            """),
        // The building stage (docs/building.md): the terms carry a milestone schedule; the certifier's
        // certifications, appraisals, adopted valuations (each with the NAV it set) and the schedule's
        // recorded delays and default. Ledger cash (escrow deposits and draws) stays in the ledger.
        new(11, "building stage: milestone schedule in the terms, certifications, appraisals, valuations, delays", """
            ALTER TABLE schemes ADD COLUMN terms_milestones text NULL;
            ALTER TABLE schemes ADD COLUMN terms_grace_days integer NULL;
            CREATE TABLE milestone_certifications (
                scheme_id text NOT NULL REFERENCES schemes(scheme_id),
                milestone integer NOT NULL,
                name text NOT NULL,
                certified_at text NOT NULL,
                certified_by text NOT NULL,
                evidence text NOT NULL,
                payee text NOT NULL,
                draw_cents bigint NOT NULL,
                developer_units bigint NOT NULL,
                PRIMARY KEY (scheme_id, milestone)
            );
            CREATE TABLE appraisals (
                scheme_id text NOT NULL REFERENCES schemes(scheme_id),
                valued_on text NOT NULL,
                appraiser text NOT NULL,
                value_cents bigint NOT NULL,
                report_hash text NOT NULL,
                recorded_at text NOT NULL,
                recorded_by text NOT NULL,
                PRIMARY KEY (scheme_id, valued_on, appraiser)
            );
            CREATE TABLE valuations (
                scheme_id text NOT NULL REFERENCES schemes(scheme_id),
                valued_on text NOT NULL,
                adopted_cents bigint NOT NULL,
                escrow_cents bigint NOT NULL,
                liabilities_cents bigint NOT NULL,
                units_outstanding bigint NOT NULL,
                adopted_at text NOT NULL,
                adopted_by text NOT NULL,
                PRIMARY KEY (scheme_id, valued_on)
            );
            CREATE TABLE schedule_events (
                scheme_id text NOT NULL REFERENCES schemes(scheme_id),
                milestone integer NOT NULL,
                kind text NOT NULL,
                recorded_at text NOT NULL,
                PRIMARY KEY (scheme_id, milestone, kind)
            );
            """),
        // A consent the convener recorded from a signed paper form keeps the form's reference or the SHA-256
        // of its scan (docs/consent.md); consents given online, and those stored before, have none.
        new(12, "consents: the evidence of a signed paper form", """
            ALTER TABLE consents ADD COLUMN evidence text NULL;
            """),
        new(13, "completion: the new building's flats, the choice window, choices, flats taken, kept and sold, payouts, leases, final statements", """
            CREATE TABLE completion_records (
                scheme_id text NOT NULL REFERENCES schemes(scheme_id),
                seq bigint NOT NULL,
                kind text NOT NULL,
                subject text NOT NULL,
                body text NOT NULL,
                secret text NULL,
                recorded_at text NOT NULL,
                recorded_by text NOT NULL,
                PRIMARY KEY (scheme_id, kind, subject)
            );
            CREATE UNIQUE INDEX completion_records_seq ON completion_records (scheme_id, seq);
            """),
        // The tables below were the web app's own until the application layer took over every use of the
        // store; their numbers are kept so that databases which already have them are left alone.
        new(1001, "sign-in users, api tokens, owner links, comparison terms", """
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
        // The web app's index by pending id; migration 7 replaced it. Kept as a step that does nothing, so a
        // database that ran it is still one this program knows.
        new(1002, "index ledger entries by pending id (replaced by migration 7)", """
            SELECT 1;
            """),
        // Owner links made by user name become links of holders: each linked sign-in gets a holder
        // (id "u-" and the user name), and the document type is "unrecorded" because it was not kept then.
        new(1003, "owner links by sign-in become links of holders", """
            INSERT INTO holders (holder_id, kind, name_en, name_zh, user_name, created_at)
                SELECT DISTINCT 'u-' || u.user_name, 'person', u.display_name, '', u.user_name, u.created_at
                FROM web_owner_links l JOIN web_users u ON u.user_name = l.user_name;
            INSERT INTO holder_links (scheme_id, owner, holder_id, document_type, checked_at, linked_by, linked_at)
                SELECT scheme_id, owner, 'u-' || user_name, 'unrecorded', linked_at, linked_by, linked_at FROM web_owner_links;
            DROP TABLE web_owner_links;
            """),
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

    /// <summary>Applies every migration newer than the database, each in its own transaction.</summary>
    public static async Task ApplyAsync(Database db, IReadOnlyList<Migration>? migrations = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        migrations ??= All;
        await using var conn = await db.OpenAsync(ct);
        if (db.Kind == StoreKind.Postgres)
        {
            // Two processes starting at once must not both create the tables.
            await conn.ExecuteAsync("SELECT pg_advisory_lock(5451545)");
        }
        try
        {
            await conn.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)");
            var applied = (await conn.QueryAsync<long>("SELECT version FROM schema_migrations")).ToHashSet();
            // A database that a newer build has migrated further may mean something else by the same
            // tables: refuse it rather than read or write it the old way. The store's own versions (below
            // 1000) and those of the tables that were once the web app's (from 1001) are checked each on
            // their own, and only when this list has versions of that range.
            foreach (var (low, high) in new[] { (0, 999), (1000, int.MaxValue) })
            {
                if (migrations.Any(m => m.Version >= low && m.Version <= high)
                    && applied.Where(v => v >= low && v <= high && !migrations.Any(m => m.Version == v)).Order().ToArray() is [var first, ..])
                {
                    throw new SchemaTooNewException(
                        $"The database at {db.Location} has schema version {applied.Where(v => v >= low && v <= high).Max()} (from a newer Redev); this program knows versions up to " +
                        $"{migrations.Where(m => m.Version >= low && m.Version <= high).Max(m => m.Version)} and will not touch it. Run the newer program, or this one on another database. (First unknown version: {first}.)");
                }
            }
            foreach (var m in migrations.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
            {
                await using var tx = await conn.BeginTransactionAsync(ct);
                await conn.ExecuteAsync(m.Sql, transaction: tx);
                if (db.Kind == StoreKind.Postgres && m.PostgresOnly is { } pgOnly)
                {
                    await conn.ExecuteAsync(pgOnly, transaction: tx);
                }
                await conn.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                    new { m.Version, m.Name, At = StoreTime.Write(DateTimeOffset.UtcNow) }, tx);
                await tx.CommitAsync(ct);
            }
        }
        finally
        {
            if (db.Kind == StoreKind.Postgres)
            {
                await conn.ExecuteAsync("SELECT pg_advisory_unlock(5451545)");
            }
        }
    }
}
