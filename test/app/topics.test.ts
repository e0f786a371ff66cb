/** Topics come from briefing files: assigned at ingest, and again when a briefing file changes. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { boot, syncTopics } from '../../src/app/boot.ts';
import { keepStories, readKeptStory, readStory } from '../../src/app/stories.ts';
import { ConfigSchema } from '../../src/config.ts';
import { ingestPaths } from '../../src/app/ingest.ts';
import { loadBriefingFiles, loadBriefingFilesStrict } from '../../src/app/briefing-files.ts';
import { ROOT } from '../helpers/run-cli.ts';

describe('briefing files', () => {
  it('assign the seed to ukraine-talks at ingest, and re-assign when a file changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-topics-'));
    const briefings = join(dir, 'briefings');
    mkdirSync(briefings);
    copyFileSync(join(ROOT, 'briefings/ukraine-talks.yaml'), join(briefings, 'ukraine-talks.yaml'));
    const store = new SqliteStore(join(dir, 's.db'));
    await store.migrate();
    const r = await ingestPaths(store, [join(ROOT, 'seeds')], await syncTopics(store, briefings));
    expect(r.inserted).toBe(1);
    expect(await store.countArticles('ukraine-talks')).toBe(1);
    expect(await store.countArticles('crimea')).toBe(0);

    // A new topic file: the stored seed joins it without being ingested again.
    writeFileSync(join(briefings, 'crimea.yaml'), 'id: crimea\ntitle: Crimea\nmatch:\n  terms: [Crimea, Crimean]\n  minTerms: 1\n');
    await syncTopics(store, briefings);
    expect(await store.countArticles('crimea')).toBe(1);
    // The file changes so that it no longer matches: the link goes.
    writeFileSync(join(briefings, 'crimea.yaml'), 'id: crimea\ntitle: Crimea\nmatch:\n  terms: [Sevastopol]\n  minTerms: 1\n');
    await syncTopics(store, briefings);
    expect(await store.countArticles('crimea')).toBe(0);
    expect(await store.countArticles('ukraine-talks')).toBe(1);
    await store.close();
  });

  it('boot ingests the seeds and leaves their topics\' stories to be kept once the bot serves; a card is built meanwhile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-boot-'));
    const config = ConfigSchema.parse({ BRIEFBOT_DB: join(dir, 's.db'), BRIEFINGS_DIR: join(ROOT, 'briefings'), SEEDS_DIR: join(ROOT, 'seeds') });
    const { store, topics } = await boot(config);
    try {
      const topic = topics.find((t) => t.id === 'ukraine-talks')!;
      expect(await store.countArticles('ukraine-talks')).toBe(1);
      expect(await readKeptStory(store, topic)).toBeNull();
      expect((await readStory(store, topic)).articles.length).toBe(1);
      expect(await keepStories(store, [topic])).toBe(1);
      expect(await readKeptStory(store, topic)).not.toBeNull();
    } finally {
      await store.close();
    }
  });

  it('report a bad file by name and load the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-topics-'));
    writeFileSync(join(dir, 'good.yaml'), 'id: good\ntitle: Good\nmatch: { terms: [a] }\n');
    writeFileSync(join(dir, 'bad.yaml'), 'id: Not Valid!\ntitle: x\nmatch: {}\n');
    writeFileSync(join(dir, 'broken.yaml'), 'id: [unclosed\n');
    const r = loadBriefingFiles(dir);
    expect(r.topics.map((t) => t.id)).toEqual(['good']);
    expect(r.errors.map((e) => e.file.split('/').pop())).toEqual(['bad.yaml', 'broken.yaml']);
    expect(r.errors[0].message).toContain('topic id');
  });

  it('name the line of each problem: YAML syntax (an unquoted "a: b"), JSON syntax, a field the schema refuses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-topics-'));
    writeFileSync(join(dir, 'a.yaml'), 'id: a\ntitle: a: b\nmatch: { terms: [x] }\n');
    writeFileSync(join(dir, 'b.json'), '{\n  "id": "b",\n  "title": "B",\n  "match": {,}\n}\n');
    writeFileSync(join(dir, 'c.yaml'), 'id: c\ntitle: C\nmatch:\n  terms: [x]\n  minTerms: many\n');
    const r = loadBriefingFiles(dir);
    expect(r.topics).toEqual([]);
    expect(r.errors.map((e) => [e.file.split('/').pop(), e.line])).toEqual([
      ['a.yaml', 2],
      ['b.json', 4],
      ['c.yaml', 5],
    ]);
    expect(r.errors[0].message).toMatch(/^not valid YAML: .*must be in quotes/);
    expect(r.errors[1].message).toMatch(/^not valid JSON/);
    expect(r.errors[2].message).toMatch(/^match\.minTerms: /);
    expect(() => loadBriefingFilesStrict(dir)).toThrow(/a\.yaml:2: not valid YAML/);
  });
});
