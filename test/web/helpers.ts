/**
 * The bot as `briefbot serve` starts it (startBot: real SQLite store, briefing files, seeds ingested
 * on start, the HTTP server on an ephemeral port) with web pages on, plus one hostile article
 * ingested through the real ingest path.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot, type Running } from '../../adapters/launch.ts';
import { ArticleSchema, articleId } from '../../src/articles/article.ts';
import { ingestArticle } from '../../src/app/ingest.ts';
import { ConfigSchema, type Config } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import { LinkSigner } from '../../src/web/links.ts';

export const SECRET = 'web-test-secret-0123456789abcdef-XYZ';

export function memoryLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (lvl: string) => (m: string, extra?: unknown) => void lines.push(`${lvl} ${m}${extra instanceof Error ? ` ${extra.message}\n${extra.stack}` : ''}`);
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** An article made to break a page: markup, script, javascript: links, a 5,000-letter word. */
export function hostileArticle() {
  const huge = 'Crimea'.repeat(900);
  const body = [
    `Ukraine and Russia resumed ceasefire talks in Istanbul on Friday, the Kremlin said, <script>window.__pwned = 1</script> as Zelensky looked on.`,
    `Dmitry Peskov told reporters: "<img src=x onerror="window.__pwned=2"> we will not agree to <a href="javascript:window.__pwned=3">this</a> plan."`,
    `A delegate wrote [click here](javascript:window.__pwned=4) and ${huge} in the margin of the Kremlin draft.`,
    `</span></p><script>window.__pwned = 5</script><style>body{display:none}</style> Putin said nothing.`,
  ].join('\n');
  return ArticleSchema.parse({
    id: articleId({ headline: 'x', body, url: 'javascript:window.__pwned=6' }),
    headline: `<script>window.__pwned=7</script> Kremlin talks "${'W'.repeat(300)}"`,
    outlet: '<b onmouseover="window.__pwned=8">Evil Outlet</b>',
    author: '"><script>window.__pwned=9</script>',
    published: '2025-05-02',
    url: 'javascript:window.__pwned=6',
    body,
  });
}

export interface WebBot {
  bot: Running;
  base: string;
  config: Config;
  log: ReturnType<typeof memoryLog>;
  /** Links signed for 7 days from now. */
  signer: LinkSigner;
  hostileId: string;
  close(): Promise<void>;
}

export async function startWebBot(over: Record<string, string> = {}): Promise<WebBot> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-web-'));
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  copyFileSync('seeds/ukraine-talks-2025-04-23.md', join(seeds, 'ukraine-talks-2025-04-23.md'));
  for (const f of readdirSync('test/fixtures/who-said').filter((f) => f.endsWith('.md') && f !== 'README.md')) copyFileSync(join('test/fixtures/who-said', f), join(seeds, f));
  const config = ConfigSchema.parse({
    LOG_LEVEL: 'debug',
    PORT: '0',
    BRIEFBOT_DB: join(dir, 'bot.db'),
    SEEDS_DIR: seeds,
    BRIEFINGS_DIR: './briefings',
    WEB_SECRET: SECRET,
    PUBLIC_URL: 'https://briefbot.example',
    ...over,
  });
  const log = memoryLog();
  const bot = await startBot(config, log);
  const hostile = hostileArticle();
  await ingestArticle(bot.store, hostile, await bot.store.listTopics());
  const base = `http://127.0.0.1:${bot.port}`;
  return {
    bot,
    base,
    config,
    log,
    signer: new LinkSigner(base, SECRET, Math.floor(Date.now() / 1000) + 7 * 24 * 3600),
    hostileId: hostile.id,
    async close() {
      await bot.shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
