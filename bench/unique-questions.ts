/**
 * The soak's `--unique` who-said questions, all different: people, "what did X say about Y", exact
 * phrases and word pairs, made from a SQLite store's speakers and quotes. bench/soak.ts sends them
 * to the bot; bench/ask-timing.ts (`--unique N`) asks them of `ask()` directly.
 */
import { SqliteStore } from '../src/store/sqlite.ts';

/** Who-said questions, all different: people, people about words, exact phrases and words from stored quotes. */
export async function uniqueQuestions(file: string, n: number): Promise<string[]> {
  const lite = new SqliteStore(file);
  const speakers = (lite.db.prepare("SELECT name FROM speakers WHERE name LIKE '% %' ORDER BY quotes DESC LIMIT 400").pluck().all() as string[]);
  const texts = lite.db.prepare('SELECT text FROM quotes WHERE rowid % 97 = 0 LIMIT 4000').pluck().all() as string[];
  await lite.close();
  const words = [...new Set(texts.flatMap((t) => t.toLowerCase().match(/\p{L}{5,}/gu) ?? []))];
  const phrases = texts.map((t) => t.split(/\s+/).filter(Boolean)).filter((w) => w.length >= 6);
  const out = new Set<string>();
  const W = words.length;
  for (let i = 0; out.size < n && i < n * 20; i++) {
    const k = Math.floor(i / 4);
    const who = speakers[k % speakers.length];
    const word = words[k % W];
    const word2 = words[Math.floor(k / W) % W];
    const p = phrases[k % phrases.length];
    const at = Math.floor(k / phrases.length) % Math.max(1, p.length - 3);
    switch (i % 4) {
      case 0:
        out.add(`what did ${who} say about ${words[(k * 7 + Math.floor(k / speakers.length)) % W]}`);
        break;
      case 1:
        out.add(`"${p.slice(at, at + 3).join(' ').replace(/["“”]/g, '')}"`);
        break;
      case 2:
        out.add(`${word} ${word2}`);
        break;
      default:
        out.add(`${who.split(' ').pop()} on ${words[(k * 13 + Math.floor(k / speakers.length)) % W]}`);
    }
  }
  return [...out];
}
