import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type APIApplicationCommandBasicOption,
} from '@discordjs/core/http-only';
import type { Command, OptionSpec } from '../../src/commands/index.ts';

const clip = (s: string, n: number) => (s.length <= n ? s : s.slice(0, n - 1) + '…');

function optionJson(o: OptionSpec): APIApplicationCommandBasicOption {
  const base = {
    name: o.name.toLowerCase(),
    description: clip(o.description, 100),
    required: Boolean(o.required),
  };
  if (o.type === 'integer') return { ...base, type: ApplicationCommandOptionType.Integer, ...(o.autocomplete ? { autocomplete: true } : {}) };
  return { ...base, type: ApplicationCommandOptionType.String, ...(o.autocomplete ? { autocomplete: true } : {}) };
}

/** One shared command as a Discord chat-input command (what `discord register` PUTs). */
export function commandJson(c: Command): RESTPostAPIChatInputApplicationCommandsJSONBody {
  // Discord wants required options before optional ones; keep the declared order otherwise.
  const options = [...c.options.filter((o) => o.required), ...c.options.filter((o) => !o.required)].map(optionJson);
  return {
    type: ApplicationCommandType.ChatInput,
    name: c.name,
    description: clip(c.description, 100),
    options,
    // Manage commands: hidden from members without Manage Channels (server admins can change
    // this per server); the handler checks the permission again. Guild only: a DM has no channel to manage.
    default_member_permissions: c.manage ? String(PermissionFlagsBits.ManageChannels) : null,
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: c.manage ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDM],
  };
}

export function commandsJson(list: Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return list.map(commandJson);
}
