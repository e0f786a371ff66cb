import type { OptionSpec } from './command.ts';

/** Split command text into tokens; "double" or “curly” quotes keep words together (unclosed quotes run to the end). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const re = /\s*(?:(\S+?:)?["“]([^"”]*)(?:["”]|$)|(\S+))/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0].length) {
    if (m[2] !== undefined) out.push(`${m[1] ?? ''}"${m[2]}"`);
    else if (m[3] !== undefined) out.push(m[3]);
  }
  return out;
}

/**
 * Map chat text onto named options: `name:value` tokens go to that option, free words fill
 * positional options in order; an option marked `rest` takes all remaining free words.
 */
export function argsFromText(text: string, options: OptionSpec[]): Record<string, string> {
  const args: Record<string, string> = {};
  const free: string[] = [];
  const names = new Map(options.map((o) => [o.name.toLowerCase(), o.name]));
  for (const tok of tokenize(text)) {
    const m = /^([a-z][a-z-]*):(.+)$/i.exec(tok);
    const name = m ? names.get(m[1].toLowerCase()) : undefined;
    if (m && name && !(name in args)) args[name] = unquote(m[2]);
    else free.push(tok);
  }
  for (const o of options.filter((x) => x.positional || x.rest)) {
    if (o.name in args || !free.length) continue;
    if (o.rest) {
      args[o.name] = free.splice(0).join(' ');
    } else {
      args[o.name] = unquote(free.shift()!);
    }
  }
  if (free.length) args._extra = free.join(' ');
  return args;
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}
