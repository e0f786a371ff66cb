import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { TopicSchema, type Topic } from '../briefing/topic.ts';

export interface BriefingFileProblem {
  file: string;
  /** 1-based line of the problem, when known. */
  line?: number;
  message: string;
}

export interface BriefingFilesResult {
  topics: Topic[];
  errors: BriefingFileProblem[];
  /** The folder itself is missing (not an invalid file). */
  missing?: boolean;
}

/** A briefing file that cannot be used: the bot refuses to start (and `briefbot topics` to list) until it is fixed. */
export class BriefingFileError extends Error {
  constructor(readonly problems: BriefingFileProblem[]) {
    super(`invalid briefing file${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
    this.name = 'BriefingFileError';
  }
}

export function describeProblem(p: BriefingFileProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}

const lineAt = (text: string, offset: number) => text.slice(0, Math.max(0, offset)).split('\n').length;

/** Parse one file: YAML or JSON syntax errors and schema errors, each with its line when it can be found. */
function parseFile(file: string, raw: string): { topic: Topic } | { problem: BriefingFileProblem } {
  let data: unknown;
  let doc: YAML.Document.Parsed | null = null;
  if (file.toLowerCase().endsWith('.json')) {
    try {
      data = JSON.parse(raw);
    } catch (e) {
      const msg = (e as Error).message;
      const pos = /position (\d+)/.exec(msg);
      const line = /line (\d+)/.exec(msg);
      return { problem: { file, line: line ? Number(line[1]) : pos ? lineAt(raw, Number(pos[1])) : undefined, message: `not valid JSON: ${msg.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '')}` } };
    }
  } else {
    doc = YAML.parseDocument(raw, { prettyErrors: true });
    const err = doc.errors[0];
    if (err) {
      const reason = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return { problem: { file, line: err.linePos?.[0]?.line, message: `not valid YAML: ${reason}${/nested mappings/i.test(reason) ? ' (a value holding ": " must be in quotes)' : ''}` } };
    }
    data = doc.toJS();
  }
  const r = TopicSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    // The line of the deepest key of the path that exists in the file.
    let line: number | undefined;
    for (let n = path.length; doc && n > 0 && line === undefined; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) line = lineAt(raw, node.range[0]);
    }
    const more = r.error.issues.length > 1 ? ` (and ${r.error.issues.length - 1} more)` : '';
    return { problem: { file, line, message: `${path.join('.') || 'file'}: ${issue.message}${more}` } };
  }
  return { topic: r.data };
}

/** Read every briefings/*.yaml|yml|json file; each bad file is reported by name (and line), the rest still load. */
export function loadBriefingFiles(dir: string): BriefingFilesResult {
  const topics: Topic[] = [];
  const errors: BriefingFileProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/i.test(f)).sort();
  } catch {
    return { topics, errors: [{ file: dir, message: 'briefings folder not found' }], missing: true };
  }
  const seen = new Set<string>();
  for (const name of names) {
    const file = join(dir, name);
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (e) {
      errors.push({ file, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      continue;
    }
    const r = parseFile(file, raw);
    if ('problem' in r) {
      errors.push(r.problem);
      continue;
    }
    if (seen.has(r.topic.id)) {
      errors.push({ file, message: `topic id "${r.topic.id}" is declared twice` });
      continue;
    }
    seen.add(r.topic.id);
    topics.push(r.topic);
  }
  return { topics, errors };
}

/**
 * The briefing topics, or BriefingFileError naming every invalid file with its line: a topic file
 * that does not parse is refused, never skipped with a warning (its articles would silently go
 * unbriefed). A missing folder is only a warning (no topics).
 */
export function loadBriefingFilesStrict(dir: string, warn?: (msg: string) => void): Topic[] {
  const r = loadBriefingFiles(dir);
  if (r.missing) {
    warn?.(`briefing files: ${dir} not found; no topics`);
    return r.topics;
  }
  if (r.errors.length) throw new BriefingFileError(r.errors);
  return r.topics;
}
