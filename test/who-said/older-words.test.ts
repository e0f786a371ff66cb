/**
 * "what did X say about Y" finds X's words on Y however old they are, not only among X's newest
 * ASK_FETCH quotes, and never another speaker's with the same surname. Both engines, through the
 * real store; made-up speakers and words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { ask, ASK_FETCH } from '../../src/briefing/ask.ts';
import { sampleArticle } from '../helpers/facts-fixture.ts';
import { bothEngines } from '../helpers/engines.ts';

const engines = await bothEngines('older-words');
const day = (k: number) => new Date(Date.UTC(2025, 0, 1) + k * 3_600_000).toISOString();

for (const engine of engines) {
  describe.skipIf(engine.skip)(`who-said finds older words: ${engine.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = engine.make();
      await store.migrate();
      // Oldest: Mara Quill on the lighthouse; then Tom Quill on it; then ASK_FETCH + 5 newer quotes of Mara Quill on other things.
      const put = async (k: number, speaker: string, words: string) => {
        const { article, facts } = sampleArticle(5000 + k, { speaker, words });
        await store.putArticle(article, facts, ['coast'], { storedAt: day(k) });
      };
      await put(0, 'Mara Quill', 'The old lighthouse must stay open all winter');
      await put(1, 'Tom Quill', 'The lighthouse is a waste of harbour money');
      for (let k = 2; k < ASK_FETCH + 7; k++) await put(k, 'Mara Quill', `The ferry timetable changes again in week ${k}`);
    }, 180_000);
    afterAll(() => store?.close());

    it('finds a person’s words on a topic older than their newest quotes, and only theirs', async () => {
      const r = await ask(store, 'what did Mara Quill say about the lighthouse');
      expect(r.items.map((i) => [i.speaker, i.text])).toEqual([['Mara Quill', 'The old lighthouse must stay open all winter']]);
      // Inflected question words match too, in a topic as well.
      const t = await ask(store, 'what did Mara Quill say about lighthouses', { topic: 'coast' });
      expect(t.items.map((i) => i.speaker)).toEqual(['Mara Quill']);
      // Tom Quill's words are his.
      const tom = await ask(store, 'what did Tom Quill say about the lighthouse');
      expect(tom.items.map((i) => [i.speaker, i.text])).toEqual([['Tom Quill', 'The lighthouse is a waste of harbour money']]);
    });
  });
}
