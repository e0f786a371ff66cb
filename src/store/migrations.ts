/**
 * Versioned schema migrations. Each engine has its own DDL but the same versions; a version, once
 * released, is never edited: add a new one. A version may fill its new tables from the rows
 * already stored (`backfill`, the same code on both engines), in the migration's transaction.
 */
import type { Db } from './db.ts';
import { backfillPeople, rekeyGenerations } from './resources/people.ts';
import { backfillStances } from './resources/stances.ts';
import { sql } from './sql.ts';
import { SPEAKER_MARK } from './fts-query.ts';

/**
 * A quote's words for PostgreSQL's full-text search (quote_search.tsv): the speaker's name weighted
 * A, the text B, and each word of the speaker's name again as a marked lexeme of its own
 * ('@clinton': SPEAKER_MARK), which the index tells apart from the same word in a text.
 */
export const QUOTE_TSV = `setweight(to_tsvector('simple', coalesce(speaker, '')), 'A') || setweight(to_tsvector('simple', text), 'B')
  || array_to_tsvector(ARRAY(SELECT '${SPEAKER_MARK}' || w.lexeme FROM unnest(to_tsvector('simple', coalesce(speaker, ''))) w))`;

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
  backfill?: (db: Db) => Promise<void>;
}

/** Version 11's tables and indexes, the same SQL on both engines (PostgreSQL then analyses them). */
const TOPIC_QUOTES_DDL = `
      CREATE TABLE topic_quotes (topic TEXT NOT NULL, speaker TEXT NOT NULL, stored_at TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL, PRIMARY KEY (topic, speaker, article_id, idx));
      CREATE INDEX topic_quotes_recent ON topic_quotes(topic, speaker, stored_at DESC, article_id, idx);
      CREATE INDEX topic_quotes_article ON topic_quotes(article_id);
      CREATE TABLE topic_person_quotes (topic TEXT NOT NULL, person TEXT NOT NULL, stored_at TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL, PRIMARY KEY (topic, person, article_id, idx));
      CREATE INDEX topic_person_quotes_recent ON topic_person_quotes(topic, person, stored_at DESC, article_id, idx);
      CREATE INDEX topic_person_quotes_article ON topic_person_quotes(article_id);
      CREATE INDEX articles_id_stored_at ON articles(id, stored_at);
      INSERT INTO topic_quotes (topic, speaker, stored_at, article_id, idx)
        SELECT t.topic, q.speaker, q.stored_at, q.article_id, q.idx FROM quotes q JOIN article_topics t ON t.article_id = q.article_id WHERE q.speaker IS NOT NULL;
      INSERT INTO topic_person_quotes (topic, person, stored_at, article_id, idx)
        SELECT t.topic, q.person, q.stored_at, q.article_id, q.idx FROM person_quotes q JOIN article_topics t ON t.article_id = q.article_id;
`;

/** Version 13's table, the same SQL on both engines (the story is text: written and read whole, never queried inside). */
const STORIES_DDL = `
      CREATE TABLE stories (topic TEXT PRIMARY KEY, version BIGINT NOT NULL, format TEXT NOT NULL, built_at TEXT NOT NULL, json TEXT NOT NULL);
`;

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'articles, facts, topics, quotes, subscriptions',
    sqlite: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT,
        outlet TEXT,
        headline TEXT NOT NULL,
        published TEXT,
        article_json TEXT NOT NULL,
        facts_json TEXT NOT NULL,
        stored_at TEXT NOT NULL
      );
      CREATE INDEX articles_stored_at ON articles(stored_at);
      CREATE INDEX articles_url ON articles(url);
      CREATE TABLE article_topics (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        topic TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        PRIMARY KEY (topic, article_id)
      );
      CREATE INDEX article_topics_sort ON article_topics(topic, sort_key DESC);
      CREATE INDEX article_topics_article ON article_topics(article_id);
      CREATE TABLE topics (id TEXT PRIMARY KEY, json TEXT NOT NULL);
      CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        speaker TEXT,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        stored_at TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
      );
      CREATE INDEX quotes_speaker ON quotes(speaker, stored_at);
      CREATE TABLE speakers (name TEXT PRIMARY KEY, quotes INTEGER NOT NULL);
      CREATE VIRTUAL TABLE quotes_fts USING fts5(speaker, text, article_id UNINDEXED, idx UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        platform TEXT NOT NULL,
        workspace TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL,
        topics_json TEXT NOT NULL,
        time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        quiet_day TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_posted_slot TEXT,
        last_posted_at TEXT,
        UNIQUE (platform, workspace, channel)
      );
    `,
    postgres: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT,
        outlet TEXT,
        headline TEXT NOT NULL,
        published TEXT,
        article_json JSONB NOT NULL,
        facts_json JSONB NOT NULL,
        stored_at TEXT NOT NULL
      );
      CREATE INDEX articles_stored_at ON articles(stored_at);
      CREATE INDEX articles_url ON articles(url);
      CREATE TABLE article_topics (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        topic TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        PRIMARY KEY (topic, article_id)
      );
      CREATE INDEX article_topics_sort ON article_topics(topic, sort_key DESC);
      CREATE INDEX article_topics_article ON article_topics(article_id);
      CREATE TABLE topics (id TEXT PRIMARY KEY, json JSONB NOT NULL);
      CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        speaker TEXT,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        stored_at TEXT NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(speaker, '')), 'A') || setweight(to_tsvector('simple', text), 'B')) STORED,
        PRIMARY KEY (article_id, idx)
      );
      CREATE INDEX quotes_tsv ON quotes USING GIN (tsv);
      CREATE INDEX quotes_speaker ON quotes(speaker, stored_at);
      CREATE TABLE speakers (name TEXT PRIMARY KEY, quotes INTEGER NOT NULL);
      CREATE TABLE subscriptions (
        id SERIAL PRIMARY KEY,
        platform TEXT NOT NULL,
        workspace TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL,
        topics_json TEXT NOT NULL,
        time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        quiet_day TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_posted_slot TEXT,
        last_posted_at TEXT,
        UNIQUE (platform, workspace, channel)
      );
    `,
  },
  {
    version: 2,
    name: 'digest_runs: exactly-once digest bookkeeping',
    sqlite: `
      CREATE TABLE digest_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
        slot TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'scheduled',
        status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'skipped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        claimed_by TEXT,
        claimed_at TEXT,
        posted_at TEXT,
        covered_until TEXT,
        next_attempt_at TEXT,
        error TEXT,
        UNIQUE (subscription_id, slot)
      );
      CREATE INDEX digest_runs_pending ON digest_runs(status, next_attempt_at);
    `,
    postgres: `
      CREATE TABLE digest_runs (
        id BIGSERIAL PRIMARY KEY,
        subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
        slot TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'scheduled',
        status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'skipped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        claimed_by TEXT,
        claimed_at TEXT,
        posted_at TEXT,
        covered_until TEXT,
        next_attempt_at TEXT,
        error TEXT,
        UNIQUE (subscription_id, slot)
      );
      CREATE INDEX digest_runs_pending ON digest_runs(status, next_attempt_at);
    `,
  },
  // Version 3 (sources): numbered 3 whether or not version 2 (digests) is present yet; the
  // migrator applies every version it has not recorded, so a gap or a late version 2 is fine.
  {
    version: 3,
    name: 'sources (feeds, pages, folders) and near-duplicate fingerprints',
    sqlite: `
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        location TEXT NOT NULL UNIQUE,
        every_seconds INTEGER NOT NULL,
        format TEXT,
        etag TEXT,
        last_modified TEXT,
        state_json TEXT,
        created_at TEXT NOT NULL,
        next_due_at TEXT NOT NULL,
        last_fetch_at TEXT,
        last_success_at TEXT,
        last_error TEXT,
        error_count INTEGER NOT NULL DEFAULT 0,
        articles_taken INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX sources_due ON sources(next_due_at);
      CREATE TABLE article_fingerprints (
        band TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        stored_at TEXT NOT NULL,
        PRIMARY KEY (band, article_id)
      );
      CREATE INDEX article_fingerprints_article ON article_fingerprints(article_id);
    `,
    postgres: `
      CREATE TABLE sources (
        id SERIAL PRIMARY KEY,
        kind TEXT NOT NULL,
        location TEXT NOT NULL UNIQUE,
        every_seconds INTEGER NOT NULL,
        format TEXT,
        etag TEXT,
        last_modified TEXT,
        state_json TEXT,
        created_at TEXT NOT NULL,
        next_due_at TEXT NOT NULL,
        last_fetch_at TEXT,
        last_success_at TEXT,
        last_error TEXT,
        error_count INTEGER NOT NULL DEFAULT 0,
        articles_taken INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX sources_due ON sources(next_due_at);
      CREATE TABLE article_fingerprints (
        band TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        stored_at TEXT NOT NULL,
        PRIMARY KEY (band, article_id)
      );
      CREATE INDEX article_fingerprints_article ON article_fingerprints(article_id);
    `,
  },
  {
    version: 4,
    name: 'data version for answer caches; quotes carry their own JSON',
    sqlite: `
      CREATE TABLE store_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
      INSERT INTO store_meta (key, value) VALUES ('data_version', 1);
      CREATE TABLE topic_versions (topic TEXT PRIMARY KEY, version INTEGER NOT NULL);
      ALTER TABLE quotes ADD COLUMN quote_json TEXT;
      UPDATE quotes SET quote_json = (SELECT json_extract(a.facts_json, '$.quotes[' || quotes.idx || ']') FROM articles a WHERE a.id = quotes.article_id);
    `,
    postgres: `
      CREATE TABLE store_meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
      INSERT INTO store_meta (key, value) VALUES ('data_version', 1);
      CREATE TABLE topic_versions (topic TEXT PRIMARY KEY, version BIGINT NOT NULL);
      ALTER TABLE quotes ADD COLUMN quote_json JSONB;
      UPDATE quotes q SET quote_json = a.facts_json -> 'quotes' -> q.idx FROM articles a WHERE a.id = q.article_id;
    `,
  },
  // Version 6 (people): one row per form of a person or organisation (src/facts/person-forms.ts),
  // and the quotes whose speaker is a surname alone that their article resolves to one person;
  // filled at ingest; stores migrated from an older version are filled by its backfill.
  {
    version: 6,
    name: 'people: every form of a person or organisation, by identity key and surname',
    sqlite: `
      CREATE TABLE people (name TEXT PRIMARY KEY, person TEXT NOT NULL, surname TEXT NOT NULL, kind TEXT NOT NULL, middle TEXT NOT NULL, quotes INTEGER NOT NULL, roles_json TEXT NOT NULL);
      CREATE INDEX people_surname ON people(surname);
      CREATE TABLE person_quotes (person TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL, stored_at TEXT NOT NULL, PRIMARY KEY (person, article_id, idx));
      CREATE INDEX person_quotes_article ON person_quotes(article_id);
    `,
    postgres: `
      CREATE TABLE people (name TEXT PRIMARY KEY, person TEXT NOT NULL, surname TEXT NOT NULL, kind TEXT NOT NULL, middle TEXT NOT NULL, quotes INTEGER NOT NULL, roles_json JSONB NOT NULL);
      CREATE INDEX people_surname ON people(surname);
      CREATE TABLE person_quotes (person TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL, stored_at TEXT NOT NULL, PRIMARY KEY (person, article_id, idx));
      CREATE INDEX person_quotes_article ON person_quotes(article_id);
    `,
    backfill: backfillPeople,
  },
  {
    version: 8,
    name: 'quotes by time: full-text search walks the newest matches (PostgreSQL)',
    // SQLite's FTS5 walks its rowids (insertion order) newest first already.
    sqlite: `SELECT 1;`,
    postgres: `CREATE INDEX IF NOT EXISTS quotes_stored_at ON quotes(stored_at);`,
  },
  {
    version: 9,
    name: "newest first, straight from an index: a person's quotes and the whole archive (who-said at 100,000 articles)",
    sqlite: `
      CREATE INDEX IF NOT EXISTS person_quotes_recent ON person_quotes(person, stored_at DESC, article_id, idx);
      CREATE INDEX IF NOT EXISTS articles_recent ON articles(coalesce(published, substr(stored_at, 1, 10)) DESC, stored_at DESC, id);
    `,
    postgres: `
      CREATE INDEX IF NOT EXISTS person_quotes_recent ON person_quotes(person, stored_at DESC, article_id, idx);
      CREATE INDEX IF NOT EXISTS articles_recent ON articles((coalesce(published, substr(stored_at, 1, 10))) DESC, stored_at DESC, id);
    `,
  },
  // Version 10 (stances): denials and confirmations with the claim each answers, and positions,
  // one row each (src/store/resources/stances.ts): "did anyone deny …" and "where does X stand"
  // read these rows for the articles they look at, not the whole articles. Filled at ingest;
  // stores migrated from an older version are filled by its backfill.
  {
    version: 10,
    name: 'article_claims and article_positions: who-said reads denials and positions without whole articles',
    sqlite: `
      CREATE TABLE article_claims (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL, kind TEXT NOT NULL, claim_json TEXT NOT NULL, target_json TEXT, PRIMARY KEY (article_id, idx));
      CREATE TABLE article_positions (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL, position_json TEXT NOT NULL, PRIMARY KEY (article_id, idx));
    `,
    postgres: `
      CREATE TABLE article_claims (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL, kind TEXT NOT NULL, claim_json JSONB NOT NULL, target_json JSONB, PRIMARY KEY (article_id, idx));
      CREATE TABLE article_positions (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL, position_json JSONB NOT NULL, PRIMARY KEY (article_id, idx));
    `,
    backfill: backfillStances,
  },
  // Version 11 (quotes by topic): a speaker's and a person's quotes in one topic, newest first,
  // straight from an index (a topic's share of a prolific speaker's quotes is small: walking all
  // of them and probing each article's topics took tens of milliseconds at 100,000 articles).
  // Kept with the topic links (src/store/resources/articles.ts); filled here from the rows stored.
  // And the newest articles of a topic without reading the article rows (id, stored_at).
  {
    version: 11,
    name: "quotes by topic: a speaker's and a person's quotes in a topic from an index",
    sqlite: TOPIC_QUOTES_DDL,
    postgres: `${TOPIC_QUOTES_DDL}
      ANALYZE topic_quotes;
      ANALYZE topic_person_quotes;
    `,
  },
  // Version 12: read without the rows, straight from indexes. The heads of the articles a
  // question's quotes cite (headline, outlet, url, date): the article rows are large (their JSON),
  // and a question reads up to 300 heads; on a cold cache those reads were a fifth of its time. A
  // speaker's newest quotes (an organisation's, or a side's for "where does X stand"): the walk
  // ordered by (stored_at, article_id, idx) read each row for the last two (300 quotes: 40 ms).
  {
    version: 12,
    name: "article heads and a speaker's newest quotes from covering indexes",
    sqlite: `
      CREATE INDEX IF NOT EXISTS articles_head ON articles(id, headline, outlet, url, published);
      CREATE INDEX IF NOT EXISTS quotes_speaker_recent ON quotes(speaker, stored_at DESC, article_id, idx);
      DROP INDEX IF EXISTS quotes_speaker;
    `,
    postgres: `
      CREATE INDEX IF NOT EXISTS articles_head ON articles(id) INCLUDE (headline, outlet, url, published);
      CREATE INDEX IF NOT EXISTS quotes_speaker_recent ON quotes(speaker, stored_at DESC, article_id, idx);
      DROP INDEX IF EXISTS quotes_speaker;
    `,
  },
  // Version 13: each topic's story as last read for its cards (src/store/resources/stories.ts), so a
  // card reads one row instead of re-reading and re-merging the topic's newest 600 articles.
  {
    version: 13,
    name: "stories: each topic's story as last read for its cards",
    sqlite: STORIES_DDL,
    postgres: STORIES_DDL,
  },
  // Version 14: a generational suffix is part of a person's identity key ("donald trump jr"): the
  // forms whose name carries one, and the quotes of the articles quoting them, are keyed again
  // (src/store/resources/people.ts rekeyGenerations); nothing else is read.
  {
    version: 14,
    name: 'people: a generational suffix (Jr., Sr., III) is part of the identity key',
    sqlite: `SELECT 1;`,
    postgres: `SELECT 1;`,
    backfill: rekeyGenerations,
  },
  // Version 15 (PostgreSQL): full-text search reads a narrow table of its own (a quote's ids, time
  // and words: about 310 bytes a row against the quotes' 890 with their JSON), so a walk newest
  // first through common words reads a third of the pages. The quotes' generated tsvector and its
  // indexes go. SQLite's FTS5 index is a table of its own already.
  {
    version: 15,
    name: 'full-text search from a narrow table of its own (PostgreSQL)',
    sqlite: `SELECT 1;`,
    postgres: `
      CREATE TABLE quote_search (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        stored_at TEXT NOT NULL,
        tsv tsvector NOT NULL,
        PRIMARY KEY (article_id, idx)
      );
      INSERT INTO quote_search (article_id, idx, stored_at, tsv) SELECT article_id, idx, stored_at, setweight(to_tsvector('simple', coalesce(speaker, '')), 'A') || setweight(to_tsvector('simple', text), 'B') FROM quotes;
      CREATE INDEX quote_search_tsv ON quote_search USING GIN (tsv);
      CREATE INDEX quote_search_stored_at ON quote_search(stored_at);
      DROP INDEX IF EXISTS quotes_tsv;
      DROP INDEX IF EXISTS quotes_stored_at;
      ALTER TABLE quotes DROP COLUMN IF EXISTS tsv;
      ANALYZE quote_search;
    `,
  },
  // Version 16 (PostgreSQL): the speaker's name words as marked lexemes of their own (QUOTE_TSV),
  // so a question about one person's words ("what did Clinton say about the debate") reads that
  // speaker's quotes from the index: with the name weighted A only, the index found every quote
  // mentioning it (21,176 at 100,000 articles, 1,177 by Clinton) and each row was read to check.
  // The table is built anew beside the old one (one pass, indexes built once), then swapped in.
  {
    version: 16,
    name: "full-text search tells a speaker's name from the same word in a text (PostgreSQL)",
    sqlite: `SELECT 1;`,
    postgres: `
      CREATE TABLE quote_search_16 (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        stored_at TEXT NOT NULL,
        tsv tsvector NOT NULL
      );
      INSERT INTO quote_search_16 (article_id, idx, stored_at, tsv) SELECT article_id, idx, stored_at, ${QUOTE_TSV} FROM quotes;
      DROP TABLE quote_search;
      ALTER TABLE quote_search_16 RENAME TO quote_search;
      ALTER TABLE quote_search ADD PRIMARY KEY (article_id, idx);
      CREATE INDEX quote_search_tsv ON quote_search USING GIN (tsv);
      CREATE INDEX quote_search_stored_at ON quote_search(stored_at);
      ANALYZE quote_search;
    `,
  },
  // Version 17: every word the full-text index holds, in a table of its own, kept at ingest with
  // the quotes. A free word of a search is a prefix ("think" finds "thinking"); both engines read a
  // prefix by merging the postings of every word it begins before the first match ("there*": 6–40
  // ms on SQLite, 160 ms on PostgreSQL at 2 million quotes), and the same words ORed, searched from
  // the words listed here, in 0.3 and 13 ms. SQLite lists its index's own words (FTS5's vocabulary);
  // PostgreSQL the lexemes of the search table, speakers' marked words left out.
  {
    version: 17,
    name: 'the words of the full-text index, listed for prefix searches',
    sqlite: `
      CREATE TABLE quote_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
      CREATE VIRTUAL TABLE temp.quotes_vocab_17 USING fts5vocab(main, quotes_fts, row);
      INSERT INTO quote_words (word) SELECT term FROM temp.quotes_vocab_17;
      DROP TABLE temp.quotes_vocab_17;
    `,
    postgres: `
      CREATE TABLE quote_words (word TEXT COLLATE "C" PRIMARY KEY);
      INSERT INTO quote_words (word) SELECT DISTINCT w.lexeme FROM quote_search q, unnest(q.tsv) w WHERE left(w.lexeme, 1) <> '${SPEAKER_MARK}';
      ANALYZE quote_words;
    `,
  },
  // Version 18 (SQLite): a quote's full-text row has the quote's own row number, so a search's hit
  // is read from `quotes` by it: one lookup a quote instead of the index's row and then the
  // quote's key (ask() at 100,000 articles: the rows of 100 hits in 0.5 ms, not 1.5). Stores whose
  // rows were written in step already agree (checked in 16 s at 2 million quotes on a busy machine);
  // any other has its full-text rows written again in the quotes' order (42 s).
  {
    version: 18,
    name: 'full-text rows numbered as their quotes',
    sqlite: `
      CREATE TEMP TABLE fts_out_of_step_18 AS SELECT EXISTS (
        SELECT 1 FROM quotes_fts f WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.rowid = f.rowid AND q.article_id = f.article_id AND q.idx = f.idx)
      ) OR (SELECT count(*) FROM quotes) <> (SELECT count(*) FROM quotes_fts) AS redo;
      DELETE FROM quotes_fts WHERE (SELECT redo FROM fts_out_of_step_18);
      INSERT INTO quotes_fts (rowid, speaker, text, article_id, idx)
        SELECT rowid, coalesce(speaker, ''), text, article_id, idx FROM quotes WHERE (SELECT redo FROM fts_out_of_step_18) ORDER BY rowid;
      DROP TABLE fts_out_of_step_18;
    `,
    postgres: `SELECT 1;`,
  },
];

/**
 * Apply the versions not yet recorded, in version order whatever the array order (a missing
 * version, a gap, is simply absent), inside the caller's transaction (which holds the engine's
 * migration lock).
 */
export async function applyMigrations(db: Db, now: () => string): Promise<void> {
  await db.script('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((await db.all(sql`SELECT version FROM schema_migrations`)).map((r) => Number(r.version)));
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    await db.script(db.d.engine === 'sqlite' ? m.sqlite : m.postgres);
    await db.run(sql`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${m.version}, ${m.name}, ${now()})`);
    await m.backfill?.(db);
  }
}

/** The highest migration version applied (0 for none). */
export async function schemaVersion(db: Db): Promise<number> {
  return Number((await db.get(sql`SELECT coalesce(max(version), 0) AS v FROM schema_migrations`))?.v ?? 0);
}
