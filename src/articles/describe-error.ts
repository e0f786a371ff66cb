import { ZodError } from 'zod';

/** One readable sentence for an error: zod issues become "field: problem", never a stack. */
export function describeError(e: unknown): string {
  if (e instanceof ZodError) {
    return e.issues
      .map((i) => {
        const field = i.path.map(String).join('.');
        const msg = i.message.replace(/^Invalid input: /, '');
        return !field || msg.toLowerCase().includes(field.toLowerCase()) || msg.startsWith('article ') ? msg : `${field}: ${msg}`;
      })
      .join('; ');
  }
  if (e instanceof Error) return e.message.split('\n')[0];
  return String(e);
}
