import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { ArticleSchema } from '../articles/article.ts';
import { FactsSchema } from '../facts/schema.ts';
import { TopicSchema } from '../briefing/topic.ts';
import { SubscriptionSchema, type Store } from '../store/store.ts';
import { SourceSchema } from '../sources/source.ts';

/** One line of an export: JSON lines, one record a line, readable by any engine's import. */
export const ExportLineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('meta'), format: z.literal('briefbot-export'), version: z.literal(1), engine: z.string(), exportedAt: z.string() }),
  z.object({ type: z.literal('topic'), topic: TopicSchema }),
  z.object({ type: z.literal('article'), article: ArticleSchema, facts: FactsSchema, topics: z.array(z.string()), storedAt: z.string() }),
  z.object({ type: z.literal('subscription'), subscription: SubscriptionSchema }),
  z.object({ type: z.literal('source'), source: SourceSchema }),
]);
export type ExportLine = z.infer<typeof ExportLineSchema>;

/** Write the whole store as JSON lines. */
export async function exportStore(store: Store, write: (line: string) => void | Promise<void>): Promise<{ articles: number }> {
  await write(JSON.stringify({ type: 'meta', format: 'briefbot-export', version: 1, engine: store.engine, exportedAt: new Date().toISOString() }));
  for (const topic of await store.listTopics()) await write(JSON.stringify({ type: 'topic', topic }));
  let articles = 0;
  for await (const s of store.allArticles()) {
    await write(JSON.stringify({ type: 'article', article: s.article, facts: s.facts, topics: s.topics, storedAt: s.storedAt }));
    articles++;
  }
  for (const subscription of await store.listSubscriptions()) await write(JSON.stringify({ type: 'subscription', subscription }));
  for (const source of await store.listSources()) await write(JSON.stringify({ type: 'source', source }));
  return { articles };
}

/** Read an export into a store; articles already there are left as they are. Bad lines are reported by number. */
export async function importStore(store: Store, file: string): Promise<{ articles: number; topics: number; subscriptions: number; sources: number; errors: string[] }> {
  const r = { articles: 0, topics: 0, subscriptions: 0, sources: 0, errors: [] as string[] };
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    if (!raw.trim()) continue;
    let line: ExportLine;
    try {
      line = ExportLineSchema.parse(JSON.parse(raw));
    } catch (e) {
      r.errors.push(`line ${n}: ${e instanceof z.ZodError ? e.issues[0]?.message : (e as Error).message}`);
      continue;
    }
    if (line.type === 'topic') {
      await store.upsertTopics([line.topic]);
      r.topics++;
    } else if (line.type === 'article') {
      const res = await store.putArticle(line.article, line.facts, line.topics, { storedAt: line.storedAt });
      if (res.inserted) r.articles++;
    } else if (line.type === 'subscription') {
      await store.restoreSubscription(line.subscription);
      r.subscriptions++;
    } else if (line.type === 'source') {
      const s = line.source;
      const { source, created } = await store.addSource({ kind: s.kind, location: s.location, everySeconds: s.everySeconds });
      if (created && s.lastFetchAt) {
        await store.recordSourcePoll(source.id, {
          lastFetchAt: s.lastFetchAt,
          nextDueAt: s.nextDueAt,
          lastError: s.lastError,
          errorCount: s.errorCount,
          articlesTaken: s.articlesTaken,
          lastSuccessAt: s.lastSuccessAt ?? undefined,
          format: s.format ?? undefined,
          etag: s.etag,
          lastModified: s.lastModified,
          state: s.state,
        });
      }
      if (created) r.sources++;
    }
  }
  return r;
}
