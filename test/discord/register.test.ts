import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCommands } from '../../adapters/discord/register.ts';
import { commandsJson } from '../../adapters/discord/commands-json.ts';
import { commands } from '../../src/commands/index.ts';
import { FakeDiscord, IDS } from '../helpers/fake-platforms.ts';

const fake = new FakeDiscord();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

const TOKEN = 'test-token-not-real-0123456789';

describe('discord register', () => {
  it('PUTs the command JSON to the guild route with the bot token', async () => {
    const guild = '999999999999999999';
    const { registered } = await registerCommands({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: IDS.app, DISCORD_API_URL: fake.url }, { guild });
    const put = fake.calls.find((c) => c.method === 'PUT')!;
    expect(put.path).toBe(`/api/v10/applications/${IDS.app}/guilds/${guild}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(put.body).toEqual(commandsJson(commands));
    expect(registered.map((c) => c.name)).toEqual(commands.map((c) => c.name));

    const byName = Object.fromEntries((put.body as any[]).map((c) => [c.name, c]));
    expect(byName.brief).toMatchObject({
      type: 1,
      default_member_permissions: null,
      contexts: [0, 1],
      options: [
        { name: 'topic', type: 3, required: true, autocomplete: true },
        { name: 'since', type: 3, required: false },
        { name: 'page', type: 4, required: false },
      ],
    });
    expect(byName['who-said'].options[0]).toMatchObject({ name: 'query', type: 3, required: true });
    expect(byName['who-said'].options[0].autocomplete).toBeUndefined();
    for (const name of ['subscribe', 'unsubscribe']) {
      expect(byName[name]).toMatchObject({ default_member_permissions: '16', contexts: [0] });
    }
    for (const c of put.body as any[]) {
      expect(c.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
      const req = c.options.map((o: any) => o.required);
      expect(req).toEqual([...req].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
    }
  });

  it('registers globally, finding the application id from the token when it is not set', async () => {
    fake.clearCalls();
    await registerCommands({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: undefined, DISCORD_API_URL: fake.url });
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /api/v10/applications/@me', `PUT /api/v10/applications/${IDS.app}/commands`]);
  });

  it('needs the bot token', async () => {
    await expect(registerCommands({ DISCORD_TOKEN: undefined, DISCORD_APPLICATION_ID: IDS.app, DISCORD_API_URL: fake.url })).rejects.toThrow(/DISCORD_TOKEN/);
  });
});

describe('npx briefbot discord register', () => {
  it('runs through the CLI wiring (bin/briefbot.js -> adapters/main.ts)', async () => {
    const { execFile } = await import('node:child_process');
    fake.clearCalls();
    const out = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['bin/briefbot.js', 'discord', 'register', '--guild', '999999999999999999'],
        { env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: IDS.app, DISCORD_API_URL: fake.url, DISCORD_PUBLIC_KEY: '', LOG_LEVEL: 'silent' } },
        (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Registered \d+ command\(s\) in server 999999999999999999: \/brief, \/who-said/);
    expect(out.stdout).not.toContain(TOKEN);
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`PUT /api/v10/applications/${IDS.app}/guilds/999999999999999999/commands`]);
  });
});
