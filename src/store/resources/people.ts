import type { Article } from '../../articles/article.ts';
import type { Facts } from '../../facts/schema.ts';
import { combineRoles, keyParts, nameParts, personForms, personKey, quoteIdentities, type PersonForm } from '../../facts/person-forms.ts';
import { GENERATIONAL_SUFFIXES } from '../../facts/lexicon.ts';
import { joinSql, sql } from '../sql.ts';
import type { Db, QuoteFilter } from '../db.ts';
import { personFormFromRow, quoteHitFromRow, readJson } from '../rows.ts';
import type { QuoteHit } from '../store.ts';
import type { StoreContext } from './context.ts';
import { bumpTopics, bumpVersion } from './versions.ts';
import { mergeNewest } from './quotes.ts';

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

/**
 * Migration 14: a generational suffix is part of a person's identity key ("Donald Trump Jr." is
 * "donald trump jr", no longer "donald trump"). Only what changes is read: the forms whose name
 * carries a suffix get their new key (one with no quotes was an alias the article gave a quoted
 * person, now contradicted by the suffix: it goes, unless a quoted form has its new key), and the
 * articles quoting a re-keyed form have their quotes' identities worked out again from their
 * stored facts (person_quotes and topic_person_quotes rows of those articles only).
 */
export async function rekeyGenerations(db: Db): Promise<void> {
  const like = joinSql([...GENERATIONAL_SUFFIXES].map((g) => sql`lower(name) LIKE ${`% ${g}%`}`), ' OR ');
  const rows = await db.all(sql`SELECT name, person, quotes FROM people WHERE kind = 'person' AND (${like}) ORDER BY name`);
  const changed = rows
    .map((r) => ({ name: r.name as string, old: r.person as string, quotes: Number(r.quotes), parts: nameParts(r.name as string), key: personKey(r.name as string) }))
    .filter((f) => f.parts?.suffix && f.key && f.key !== f.old);
  if (!changed.length) return;
  const update = (f: (typeof changed)[number]) =>
    db.run(sql`UPDATE people SET person = ${f.key}, surname = ${keyParts(f.key!).surname}, middle = ${f.parts!.middle.join(' ')} WHERE name = ${f.name}`);
  for (const f of changed.filter((f) => f.quotes > 0)) await update(f);
  for (const f of changed.filter((f) => f.quotes === 0)) {
    const quoted = await db.get(sql`SELECT 1 AS one FROM people WHERE surname = ${keyParts(f.key!).surname} AND person = ${f.key} AND quotes > 0`);
    if (quoted) await update(f);
    else await db.run(sql`DELETE FROM people WHERE name = ${f.name}`);
  }
  // The articles quoting a re-keyed form: their quotes' identities again, from their stored facts.
  const ids = new Set<string>();
  for (const f of changed.filter((f) => f.quotes > 0)) for (const r of await db.all(sql`SELECT DISTINCT article_id FROM quotes WHERE speaker = ${f.name}`)) ids.add(r.article_id as string);
  const topics: string[] = [];
  for (const id of [...ids].sort()) {
    const a = await db.get(sql`SELECT article_json, facts_json, stored_at FROM articles WHERE id = ${id}`);
    if (!a) continue;
    const identities = quoteIdentities(readJson(a.article_json), readJson(a.facts_json)).map((r) => [r.person, id, r.index, a.stored_at]);
    await db.run(sql`DELETE FROM person_quotes WHERE article_id = ${id}`);
    await db.insertRows('person_quotes', ['person', 'article_id', 'idx', 'stored_at'], identities, 'ON CONFLICT DO NOTHING');
    await db.run(sql`DELETE FROM topic_person_quotes WHERE article_id = ${id}`);
    await db.run(
      sql`INSERT INTO topic_person_quotes (topic, person, stored_at, article_id, idx)
          SELECT t.topic, q.person, q.stored_at, q.article_id, q.idx FROM person_quotes q JOIN article_topics t ON t.article_id = q.article_id
          WHERE q.article_id = ${id}`,
    );
    for (const t of await db.all(sql`SELECT topic FROM article_topics WHERE article_id = ${id}`)) topics.push(t.topic as string);
  }
  await bumpTopics(db, topics);
  await bumpVersion(db);
}

export async function findPeople(s: StoreContext, surnames: string[]): Promise<PersonForm[]> {
  if (!surnames.length) return [];
  return (await s.db.all(sql`SELECT * FROM people WHERE ${s.db.d.inList('surname', surnames)} ORDER BY quotes DESC, name`)).map(personFormFromRow);
}

export async function quotesByPerson(s: StoreContext, person: string | string[], opts: QuoteFilter = {}): Promise<QuoteHit[]> {
  if (Array.isArray(person)) {
    if (person.length === 1) return quotesByPerson(s, person[0], opts);
    // Each key's newest from its index, merged newest first.
    const rows = [];
    for (const p of person) rows.push(...(await personQuoteRows(s, p, opts)));
    return mergeNewest(rows, opts.limit ?? 50);
  }
  return (await personQuoteRows(s, person, opts)).map((r) => quoteHitFromRow(r));
}

/** Whether one article has quotes by both keys (probing the second key's rows from the first's). */
export async function quotedTogether(s: StoreContext, a: string, b: string): Promise<boolean> {
  return !!(await s.db.get(sql`SELECT 1 AS one FROM person_quotes x WHERE x.person = ${a} AND EXISTS (SELECT 1 FROM person_quotes y WHERE y.person = ${b} AND y.article_id = x.article_id) LIMIT 1`));
}

function personQuoteRows(s: StoreContext, person: string, opts: QuoteFilter) {
  // In a topic, from the topic's own index (migration 11).
  return s.db.all(
    opts.topic
      ? sql`SELECT q.article_id, q.idx, q.stored_at FROM topic_person_quotes q
            WHERE q.topic = ${opts.topic} AND q.person = ${person} AND q.stored_at > ${opts.since ?? ''}
            ORDER BY q.stored_at DESC, q.article_id, q.idx LIMIT ${opts.limit ?? 50}`
      : sql`SELECT q.article_id, q.idx, q.stored_at FROM person_quotes q
            WHERE q.person = ${person} AND q.stored_at > ${opts.since ?? ''}
            ORDER BY q.stored_at DESC, q.article_id, q.idx LIMIT ${opts.limit ?? 50}`,
  );
}
