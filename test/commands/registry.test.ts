import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { commands } from '../../src/commands/registry.ts';
import { ROOT } from '../helpers/run-cli.ts';

describe('every chat command is declared on every platform', () => {
  it('the Slack app manifest lists each command of the registry, and no other', () => {
    const manifest = YAML.parse(readFileSync(`${ROOT}/adapters/slack/manifest.yaml`, 'utf8'));
    const declared = (manifest.features.slash_commands as { command: string }[]).map((c) => c.command).sort();
    expect(declared).toEqual(commands.map((c) => `/${c.name}`).sort());
  });
});
