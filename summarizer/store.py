"""The event store: one SQLite file that grows article by article.

    from summarizer.store import Store

    with Store("news.db") as store:
        store.add(summaries, texts)        # new and changed articles; their events updated
        report = store.report()            # an EventReport, as build_report gives it

It keeps each article (text, content hash, publication date, summary), and the
report built from all of them: events, their claims and sources, merged
statements, entities. Incremental equals batch: after any sequence of `add`s the
stored events are exactly `build_report` over the stored summaries in article-id
order (the store's one canonical order, since grouping depends on input order).
An update rebuilds the report with those same functions and writes only the
events that changed, each stamped with the time of its last change.

Every `add` is one transaction: a process killed at any point leaves the store as
it was before the call or after it, and the same call again skips what is stored.
In WAL mode a reader renders the last committed state while a writer adds.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from . import sql
from .errors import SummarizerError
from .events import POLICIES, Claim, Entity, Event, EventReport, MergedStatement, Policy, build_report
from .events.lean import lean_tree
from .schema import ArticleSummary, load_summary

# The policy the stored headlines follow; a report under another one is rebuilt
# from the stored summaries (see `Store.report`).
STORED_POLICY: Policy = "lowest"
UNATTACHED = ""  # statements.event_id of statements tied to no event


class StoreError(SummarizerError):
    """The store cannot be used: not a store, a newer schema, locked, unwritable."""

    def __init__(self, path: Path, problem: str):
        self.path = path
        super().__init__(f"{path}: {problem}")


@dataclass
class Update:
    """What one `add` did."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    changed_events: list[str] = field(default_factory=list)
    removed_events: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"{len(self.added)} added, {len(self.replaced)} replaced, {len(self.unchanged)} already stored; "
                f"{len(self.changed_events)} event(s) new or changed, {len(self.removed_events)} gone")


@dataclass(frozen=True)
class EventListing:
    """One line of `summarizer events`."""

    id: str
    date: str | None
    kind: str
    places: list[str]
    sources: list[str]
    changed_at: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(model) -> str:
    return model.model_dump_json()


def migrate(db: sqlite3.Connection, path: Path, upto: int | None = None) -> None:
    """Apply the migrations `db` lacks (the first `upto` only, for tests of old
    versions). Each runs in its own write transaction, so two processes opening a
    new store at once apply each migration once."""
    tables = {name for (name,) in db.execute(sql.TABLES)}
    if tables and "_migrations" not in tables:
        raise StoreError(path, f"not a summarizer store (an SQLite database with other tables: {', '.join(sorted(tables)[:5])})")
    db.execute(sql.CREATE_MIGRATIONS)
    known = [name for name, _ in sql.MIGRATIONS]
    applied = {name for (name,) in db.execute(sql.APPLIED)}
    if unknown := sorted(applied - set(known)):
        raise StoreError(path, f"the store's schema is newer than this summarizer knows (migration {unknown[0]}); "
                               "upgrade summarizer to use it")
    for name, statements in sql.MIGRATIONS[:upto]:
        if name in applied:
            continue
        with _transaction(db, sql.BEGIN_WRITE):
            if name not in {n for (n,) in db.execute(sql.APPLIED)}:  # not applied meanwhile by another process
                for statement in statements:
                    db.execute(statement)
                db.execute(sql.RECORD_MIGRATION, (name, _now()))


class Store:
    """An event store in one SQLite file (created when missing); see the module docstring.

    `timeout`: seconds to wait for another process's write before StoreError.
    `alias_file`: as for `build_report`. Not thread-safe: one Store per thread."""

    def __init__(self, path: str | Path, *, timeout: float = 10.0, alias_file: str | Path | None = None) -> None:
        self.path = Path(path)
        self.alias_file = alias_file
        self.timeout = timeout
        if self.path.is_dir():
            raise StoreError(self.path, "is a directory, not a store file")
        try:
            self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as e:
            raise StoreError(self.path, f"cannot open the store ({e})") from None
        try:
            with self._errors():
                self._db.execute(sql.WAL)
                migrate(self._db, self.path)
        except BaseException:
            self._db.close()
            raise

    # ---- lifetime -----------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _errors(self) -> AbstractContextManager[None]:
        return _translated(self.path, self.timeout)

    # ---- writing ------------------------------------------------------------

    def stored(self) -> dict[str, str]:
        """Article id -> content hash (SHA-256 of its text) of every stored article."""
        with self._errors():
            return dict(self._db.execute(sql.ARTICLE_HASHES).fetchall())

    def add(self, summaries: Sequence[ArticleSummary], texts: Mapping[str, str]) -> Update:
        """Store the articles (each summary's text in `texts`, by article id) and
        update the events they touch, in one transaction. An article stored with
        the same content hash is left alone; one with another hash is replaced.
        Raises ValueError for a summary without its text, before anything is written."""
        missing = [s.source.id for s in summaries if s.source.id not in texts]
        if missing:
            raise ValueError(f"no text for article(s) {', '.join(missing)}: the store keeps each article's text")
        update = Update()
        with self._errors(), _transaction(self._db, sql.BEGIN_WRITE):
            hashes = dict(self._db.execute(sql.ARTICLE_HASHES).fetchall())
            for s in summaries:
                aid = s.source.id
                if hashes.get(aid) == s.source.sha256:
                    update.unchanged.append(aid)
                    continue
                (update.replaced if aid in hashes else update.added).append(aid)
                self._db.execute(sql.DELETE_ARTICLE, (aid,))
                self._db.execute(sql.INSERT_ARTICLE, (aid, s.source.sha256, s.source.published, texts[aid], _json(s), _json(s), _now()))
                hashes[aid] = s.source.sha256
            if update.added or update.replaced:
                self._write_report(self._build(STORED_POLICY), update)
        return update

    def rebuild(self) -> Update:
        """Rebuild every event from the stored summaries (after an upgrade of the
        grouping rules, say); events whose content is unchanged keep their last change."""
        update = Update()
        with self._errors(), _transaction(self._db, sql.BEGIN_WRITE):
            self._write_report(self._build(STORED_POLICY), update)
        return update

    def _build(self, policy: Policy) -> EventReport:
        """build_report over every stored summary, in article-id order. The rows are
        read one at a time and the summaries made lean (the store owns them), so the
        JSON of every article is never held at once."""
        summaries, texts = [], {}
        for aid, summary, text in self._db.execute(sql.ARTICLE_SUMMARIES):
            summaries.append(load_summary(summary))
            lean_tree(summaries[-1])
            texts[aid] = text
        return build_report(summaries, texts, policy=policy, alias_file=self.alias_file)

    def _write_report(self, report: EventReport, update: Update) -> None:
        """Write what differs from the stored report: new, changed, moved and gone
        events, the articles' reported (possibly re-dated) summaries, the entities."""
        db, now = self._db, _now()
        old = {eid: (digest, position) for eid, digest, position in db.execute(sql.EVENT_DIGESTS)}
        for position, event in enumerate(report.events):
            digest = hashlib.sha256(_json(event).encode()).hexdigest()
            if event.id in old and old[event.id][0] == digest:
                if old[event.id][1] != position:
                    db.execute(sql.MOVE_EVENT, (position, event.id))
                continue
            if event.id in old:
                _delete_event(db, event.id)
            body = event.model_dump_json(exclude={"ledger", "statements"})
            db.execute(sql.INSERT_EVENT, (event.id, position, event.date, event.kind, event.role, body, digest, now))
            claims = [(name, c) for name, cs in event.ledger.items() for c in cs]
            db.executemany(sql.INSERT_CLAIM, [
                (event.id, i, name, c.article_id, c.incident, None if c.value is None else str(c.value), _json(c))
                for i, (name, c) in enumerate(claims)
            ])
            _insert_statements(db, event.id, event.statements)
            update.changed_events.append(event.id)
        gone = set(old) - {e.id for e in report.events}
        for eid in sorted(gone):
            _delete_event(db, eid)
        update.removed_events.extend(sorted(gone))
        db.execute(sql.DELETE_STATEMENTS, (UNATTACHED,))
        _insert_statements(db, UNATTACHED, report.statements)
        # Both in article-id order: compared row by row, not all held at once.
        stored = db.execute(sql.REPORTED_SUMMARIES)
        redated = [(body, aid) for (aid, old), s in zip(stored, report.articles, strict=True)
                   if old != (body := _json(s))]
        db.executemany(sql.SET_REPORTED, redated)
        db.execute(sql.DELETE_ENTITIES)
        db.executemany(sql.INSERT_ENTITY, [(i, e.name, _json(e)) for i, e in enumerate(report.entities)])

    # ---- reading ------------------------------------------------------------

    def report(self, *, since: str | None = None, event: str | None = None, policy: Policy = STORED_POLICY) -> EventReport:
        """The stored report, read in one transaction (a consistent state while a
        writer adds): every event, or those dated on or after `since` (an event known
        only to its month or year counts when that month or year reaches `since`),
        or the one with id `event` (KeyError when there is none). Its articles are
        those the chosen events cite (all, unfiltered). Under another `policy` than
        the stored one's, the report is rebuilt from the stored summaries."""
        if policy not in POLICIES:
            raise ValueError(f"unknown headline policy {policy!r}; choose one of {', '.join(POLICIES)}")
        with self._errors(), _transaction(self._db, sql.BEGIN_READ):
            full = self._build(policy) if policy != STORED_POLICY else self._read()
        if since is None and event is None:
            return full
        events = [e for e in full.events if (event is None or e.id == event) and (since is None or _on_or_after(e.date, since))]
        if event is not None and not events:
            raise KeyError(event)
        cited = {aid for e in events for aid in e.sources}
        return full.model_copy(update={"events": events, "articles": [a for a in full.articles if a.source.id in cited],
                                       "statements": []})

    def _read(self) -> EventReport:
        db = self._db
        ledgers: dict[str, dict[str, list[Claim]]] = {}
        for eid, name, body in db.execute(sql.CLAIMS):
            ledgers.setdefault(eid, {}).setdefault(name, []).append(Claim.model_validate_json(body))
        statements: dict[str, list[MergedStatement]] = {}
        for eid, body in db.execute(sql.STATEMENTS):
            statements.setdefault(eid, []).append(MergedStatement.model_validate_json(body))
        events = []
        for eid, body, _ in db.execute(sql.EVENTS).fetchall():
            events.append(Event.model_validate({**json.loads(body), "ledger": ledgers.get(eid, {}),
                                                "statements": statements.get(eid, [])}))
        return EventReport(
            policy=STORED_POLICY,
            events=events,
            articles=[load_summary(body) for _, body in db.execute(sql.REPORTED_SUMMARIES)],
            entities=[Entity.model_validate_json(body) for (body,) in db.execute(sql.ENTITIES)],
            statements=statements.get(UNATTACHED, []),
        )

    def texts(self) -> dict[str, str]:
        """Article id -> text, for renderers that show the articles (html)."""
        with self._errors():
            return dict(self._db.execute(sql.ARTICLE_TEXTS).fetchall())

    def events(self) -> list[EventListing]:
        """Every event, in the report's order, with its sources and last change."""
        with self._errors(), _transaction(self._db, sql.BEGIN_READ):
            rows = self._db.execute(sql.EVENTS).fetchall()
        out = []
        for eid, body, changed_at in rows:
            data = json.loads(body)
            out.append(EventListing(id=eid, date=data["date"], kind=data["kind"], places=data["places"],
                                    sources=data["sources"], changed_at=changed_at))
        return out

    def integrity(self) -> str:
        """SQLite's own check of the file: 'ok' when sound."""
        with self._errors():
            return "; ".join(row for (row,) in self._db.execute(sql.INTEGRITY))


def _delete_event(db: sqlite3.Connection, event_id: str) -> None:
    db.execute(sql.DELETE_CLAIMS, (event_id,))
    db.execute(sql.DELETE_STATEMENTS, (event_id,))
    db.execute(sql.DELETE_EVENT, (event_id,))


def _insert_statements(db: sqlite3.Connection, event_id: str, statements: list[MergedStatement]) -> None:
    db.executemany(sql.INSERT_STATEMENT, [(event_id, i, st.speaker, _json(st)) for i, st in enumerate(statements)])


def _on_or_after(date: str | None, since: str) -> bool:
    """An event's date (YYYY, YYYY-MM or YYYY-MM-DD) may fall on or after `since`."""
    return date is not None and date >= since[: len(date)]


@contextmanager
def _transaction(db: sqlite3.Connection, begin: str) -> Iterator[None]:
    """One transaction: committed when the block ends, rolled back when it raises
    (a killed process's is rolled back by SQLite when the file is next opened)."""
    db.execute(begin)
    try:
        yield
    except BaseException:
        db.execute(sql.ROLLBACK)
        raise
    db.execute(sql.COMMIT)


@contextmanager
def _translated(path: Path, timeout: float) -> Iterator[None]:
    """SQLite's errors as StoreErrors naming the file and the problem."""
    try:
        yield
    except sqlite3.OperationalError as e:
        if "locked" in str(e) or "busy" in str(e):
            raise StoreError(path, f"the store is locked by another process (waited {timeout:g} s); try again when it is done") from None
        raise StoreError(path, f"cannot use the store ({e})") from None
    except sqlite3.DatabaseError as e:
        raise StoreError(path, f"not a summarizer store, or a damaged one ({e})") from None
