import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { TopicSchema, type Topic } from '../briefing/topic.ts';

export interface BriefingFilesResult {
  topics: Topic[];
  errors: { file: string; message: string }[];
}

/** Read every briefings/*.yaml|yml|json file; a bad file is reported by name, the rest still load. */
export function loadBriefingFiles(dir: string): BriefingFilesResult {
  const topics: Topic[] = [];
  const errors: BriefingFilesResult['errors'] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/i.test(f)).sort();
  } catch {
    return { topics, errors: [{ file: dir, message: 'briefings folder not found' }] };
  }
  const seen = new Set<string>();
  for (const name of names) {
    const file = join(dir, name);
    try {
      const raw = readFileSync(file, 'utf8');
      const data = name.endsWith('.json') ? JSON.parse(raw) : YAML.parse(raw);
      const r = TopicSchema.safeParse(data);
      if (!r.success) {
        errors.push({ file, message: r.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ') });
        continue;
      }
      if (seen.has(r.data.id)) {
        errors.push({ file, message: `topic id "${r.data.id}" is declared twice` });
        continue;
      }
      seen.add(r.data.id);
      topics.push(r.data);
    } catch (e) {
      errors.push({ file, message: (e as Error).message.split('\n')[0] });
    }
  }
  return { topics, errors };
}
