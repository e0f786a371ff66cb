import { ZodError } from 'zod';

/** One readable sentence for an error: zod issues become "field: problem", never a stack. */
export function describeError(e: unknown): string {
  if (e instanceof ZodError) {
    return e.issues
      .map((i) => {
        const field = i.path.map(String).join('.');
        const msg = i.message.replace(/^Invalid input: /, '');
        if (!field || msg.startsWith(`${field} `) || msg.startsWith('article ')) return msg;
        return `${field}: ${/^[A-Z][a-z]/.test(msg) ? msg[0].toLowerCase() + msg.slice(1) : msg}`;
      })
      .join('; ');
  }
  if (e instanceof Error) return e.message.split('\n')[0];
  return String(e);
}
