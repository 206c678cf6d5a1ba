"""Every SQL statement of the event store (`store.py`), and its schema migrations.

Plain, portable statements: standard types (TEXT, INTEGER), `?` placeholders,
no UPSERT, no AUTOINCREMENT, no JSON functions. JSON bodies are TEXT, parsed in
Python. SQLite-only exceptions, each marked here: the PRAGMAs, `BEGIN IMMEDIATE`
(take the write lock at once), `sqlite_master` (what tables a file has). The
README's "The event store" says what a move to PostgreSQL would change.
"""

from __future__ import annotations

# Schema migrations, applied in order, each once, each in its own transaction with
# its row in `_migrations` (as simonw/llm does for its logs database). Never edit
# or reorder a released migration: append a new one.
MIGRATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "m001_articles_events_claims",
        (
            """CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                sha256 TEXT NOT NULL,
                published TEXT,
                text TEXT NOT NULL,
                summary TEXT NOT NULL,
                reported TEXT NOT NULL,
                added_at TEXT NOT NULL
            )""",
            """CREATE TABLE events (
                id TEXT PRIMARY KEY,
                position INTEGER NOT NULL,
                date TEXT,
                kind TEXT NOT NULL,
                role TEXT NOT NULL,
                body TEXT NOT NULL,
                digest TEXT NOT NULL,
                changed_at TEXT NOT NULL
            )""",
            """CREATE TABLE claims (
                event_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                field TEXT NOT NULL,
                article_id TEXT NOT NULL,
                incident INTEGER NOT NULL,
                value TEXT,
                body TEXT NOT NULL,
                PRIMARY KEY (event_id, position)
            )""",
            """CREATE TABLE statements (
                event_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                speaker TEXT NOT NULL,
                body TEXT NOT NULL,
                PRIMARY KEY (event_id, position)
            )""",
            """CREATE TABLE entities (
                position INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                body TEXT NOT NULL
            )""",
        ),
    ),
    (
        "m002_lookup_indexes",
        (
            "CREATE INDEX events_by_date ON events (date)",
            "CREATE INDEX claims_by_article ON claims (article_id, field)",
        ),
    ),
)

# -- connection and migrations ---------------------------------------------

# SQLite only: readers see the last commit while a writer adds (write-ahead log).
WAL = "PRAGMA journal_mode=WAL"
# SQLite only: the catalogue (PostgreSQL: information_schema.tables).
TABLES = "SELECT name FROM sqlite_master WHERE type = 'table'"
CREATE_MIGRATIONS = "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
APPLIED = "SELECT name FROM _migrations"
RECORD_MIGRATION = "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)"
INTEGRITY = "PRAGMA integrity_check"  # SQLite only

# SQLite only: take the write lock when the transaction starts, so two writers
# queue instead of one failing at its first write (PostgreSQL: BEGIN, then LOCK TABLE).
BEGIN_WRITE = "BEGIN IMMEDIATE"
BEGIN_READ = "BEGIN"
COMMIT = "COMMIT"
ROLLBACK = "ROLLBACK"

# -- articles --------------------------------------------------------------

ARTICLE_HASHES = "SELECT id, sha256 FROM articles"
DELETE_ARTICLE = "DELETE FROM articles WHERE id = ?"
INSERT_ARTICLE = (
    "INSERT INTO articles (id, sha256, published, text, summary, reported, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
ARTICLE_SUMMARIES = "SELECT id, summary, text FROM articles ORDER BY id"
REPORTED_SUMMARIES = "SELECT id, reported FROM articles ORDER BY id"
SET_REPORTED = "UPDATE articles SET reported = ? WHERE id = ?"
ARTICLE_TEXTS = "SELECT id, text FROM articles"

# -- events and what hangs off them ----------------------------------------

EVENT_DIGESTS = "SELECT id, digest, position FROM events"
INSERT_EVENT = (
    "INSERT INTO events (id, position, date, kind, role, body, digest, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
MOVE_EVENT = "UPDATE events SET position = ? WHERE id = ?"
DELETE_EVENT = "DELETE FROM events WHERE id = ?"
INSERT_CLAIM = "INSERT INTO claims (event_id, position, field, article_id, incident, value, body) VALUES (?, ?, ?, ?, ?, ?, ?)"
DELETE_CLAIMS = "DELETE FROM claims WHERE event_id = ?"
INSERT_STATEMENT = "INSERT INTO statements (event_id, position, speaker, body) VALUES (?, ?, ?, ?)"
DELETE_STATEMENTS = "DELETE FROM statements WHERE event_id = ?"

EVENTS = "SELECT id, body, changed_at FROM events ORDER BY position"
CLAIMS = "SELECT event_id, field, body FROM claims ORDER BY event_id, position"
STATEMENTS = "SELECT event_id, body FROM statements ORDER BY event_id, position"

# -- entities --------------------------------------------------------------

DELETE_ENTITIES = "DELETE FROM entities"
INSERT_ENTITY = "INSERT INTO entities (position, name, body) VALUES (?, ?, ?)"
ENTITIES = "SELECT body FROM entities ORDER BY position"
