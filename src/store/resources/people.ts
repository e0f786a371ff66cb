import type { Article } from '../../articles/article.ts';
import type { Facts } from '../../facts/schema.ts';
import { combineRoles, personForms, quoteIdentities, type PersonForm } from '../../facts/person-forms.ts';
import { sql } from '../sql.ts';
import type { Db, QuoteFilter } from '../db.ts';
import { personFormFromRow, quoteHitFromRow, readJson } from '../rows.ts';
import type { QuoteHit } from '../store.ts';
import type { StoreContext } from './context.ts';

/**
 * The forms of people and organisations an article adds (src/facts/person-forms.ts), and who its
 * quotes are by. A form already stored gets the article's quotes added and its roles merged; the
 * upsert locks the row, so the merge is safe with several processes ingesting at once.
 */
export async function recordPeople(db: Db, article: Pick<Article, 'id' | 'published' | 'body'>, facts: Facts, storedAt: string): Promise<void> {
  const identities = quoteIdentities(article, facts).map((r) => [r.person, article.id, r.index, storedAt]);
  await db.insertRows('person_quotes', ['person', 'article_id', 'idx', 'stored_at'], identities, 'ON CONFLICT DO NOTHING');
  for (const f of personForms(article, facts, storedAt).sort((a, b) => a.name.localeCompare(b.name))) {
    const { row, existed } = await db.d.upsert(
      db,
      sql`INSERT INTO people (name, person, surname, kind, middle, quotes, roles_json) VALUES (${f.name}, ${f.person}, ${f.surname}, ${f.kind}, ${f.middle}, ${f.quotes}, ${JSON.stringify(f.roles)})
          ON CONFLICT (name) DO UPDATE SET quotes = people.quotes + excluded.quotes RETURNING roles_json`,
      sql`SELECT 1 AS one FROM people WHERE name = ${f.name}`,
    );
    if (existed && f.roles.length) await db.run(sql`UPDATE people SET roles_json = ${JSON.stringify(combineRoles(readJson(row.roles_json), f.roles))} WHERE name = ${f.name}`);
  }
}

/** Migration 6: the people of the articles stored before it. */
export async function backfillPeople(db: Db): Promise<void> {
  for (const r of await db.all(sql`SELECT id, published, article_json, facts_json, stored_at FROM articles ORDER BY stored_at, id`)) {
    await recordPeople(db, readJson(r.article_json), readJson(r.facts_json), r.stored_at as string);
  }
}

export async function findPeople(s: StoreContext, surnames: string[]): Promise<PersonForm[]> {
  if (!surnames.length) return [];
  return (await s.db.all(sql`SELECT * FROM people WHERE ${s.db.d.inList('surname', surnames)} ORDER BY quotes DESC, name`)).map(personFormFromRow);
}

export async function quotesByPerson(s: StoreContext, person: string, opts: QuoteFilter = {}): Promise<QuoteHit[]> {
  // In a topic, from the topic's own index (migration 11).
  const rows = await s.db.all(
    opts.topic
      ? sql`SELECT q.article_id, q.idx FROM topic_person_quotes q
            WHERE q.topic = ${opts.topic} AND q.person = ${person} AND q.stored_at > ${opts.since ?? ''}
            ORDER BY q.stored_at DESC, q.article_id, q.idx LIMIT ${opts.limit ?? 50}`
      : sql`SELECT q.article_id, q.idx FROM person_quotes q
            WHERE q.person = ${person} AND q.stored_at > ${opts.since ?? ''}
            ORDER BY q.stored_at DESC, q.article_id, q.idx LIMIT ${opts.limit ?? 50}`,
  );
  return rows.map((r) => quoteHitFromRow(r));
}
