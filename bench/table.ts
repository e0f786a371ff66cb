/** A benchmark's result: one printed table. */
export interface BenchTable {
  title: string;
  rows: Record<string, string | number>[];
  notes?: string[];
}
export interface BenchOptions {
  store: 'sqlite' | 'postgres' | 'both';
  /** Smaller sizes, for a quick look. */
  quick: boolean;
  only?: string;
  /** A store file to fill (or reuse, when it holds the bench's articles already) and keep, where a bench supports it. */
  db?: string;
}

export function formatTable(t: BenchTable): string {
  const cols = [...new Set(t.rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v ?? ''));
  const widths = cols.map((c) => Math.max(c.length, ...t.rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => '| ' + vals.map((v, i) => v.padEnd(widths[i])).join(' | ') + ' |';
  const out = [`## ${t.title}`, '', line(cols), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|'];
  for (const r of t.rows) out.push(line(cols.map((c) => cell(r[c]))));
  for (const n of t.notes ?? []) out.push('', n);
  return out.join('\n');
}
