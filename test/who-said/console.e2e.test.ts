/** The console adapter as a child process: `echo '/who-said …' | node bin/briefbot.js`. */
import { describe, expect, it } from 'vitest';
import { runBriefbot, tempDb } from '../helpers/run-cli.ts';

describe('who-said in the console adapter', () => {
  it('answers each form from the seed, word for word, with the reported speech marked', async () => {
    const input = [
      '/who-said what did Vance say about territory?',
      '/who-said who said "fakes"?',
      '/who-said did anyone deny the FT report?',
      '/who-said where does Ukraine stand on territory?',
      '/who-said what did Peskof say',
      '/who-said what did Boris Johnson say',
      '/who-said how is the weather?',
    ].join('\n');
    const r = await runBriefbot([], { env: { BRIEFBOT_DB: tempDb() }, input: input + '\n' });
    expect(r.code, r.stderr).toBe(0);
    const answers = r.stdout.trim().split(/\n\n+/);
    const [vance, fakes, deny, ukraine, peskof, nobody, other] = answers;
    expect(vance).toMatch(/^Quotes by JD Vance about “territory” — 2 quotes/);
    expect(vance).toContain('1. JD Vance, Vice-President — said:\n  “freeze the territorial lines at some level close to where they are today”');
    expect(vance).toContain('(reported) it was "a very fair proposal"');
    expect(vance).toContain('Source: Xinhua · London talks on Ukraine crisis downgraded as Rubio pulls out · 2025-04-23');
    expect(fakes).toContain('Dmitry Peskov, spokesman — responded on 2025-04-23 (according to RIA Novosti state news agency):\n  “a lot of fakes are being published at the moment”');
    expect(deny).toMatch(/^Who denied “the FT report” — 1 quote\n1\. Dmitry Peskov, spokesman/);
    expect(ukraine).toContain('Volodymyr Zelensky, President — ruled out:\n  (reported) ceding territory to Russia');
    expect(ukraine).not.toContain('JD Vance');
    expect(peskof).toContain('Showing Dmitry Peskov, the closest name to “Peskof”.');
    expect(nobody).toBe('No quotes from “Boris Johnson” are stored.');
    expect(other).toMatch(/^I did not understand that as a question about who said what\. I can answer questions like:/);
  });
});
