/**
 * SQL written once for both engines. A query is a tagged template: each `${value}` becomes a
 * parameter in the engine's placeholder style (`?` for SQLite, `$1`, `$2` … for PostgreSQL), so a
 * value used twice is simply written twice. `typed(v, 'text')` is a parameter PostgreSQL must be
 * told the type of (`$1::text IS NULL`); `raw(…)` is text put in as is (column lists, clauses);
 * a nested `sql` fragment is put in with its own parameters. What differs between the engines is
 * in the `Dialect` (src/store/db.ts), one object per engine.
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

class Raw {
  constructor(readonly text: string) {}
}

class Typed {
  constructor(
    readonly value: unknown,
    readonly type: string,
  ) {}
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql(strings, values);
}

/** Text put into a query as it is: never a value that came from outside. */
export function raw(text: string): Raw {
  return new Raw(text);
}

/** A parameter whose type PostgreSQL cannot infer (`IS NULL`, arrays): cast there, as is on SQLite. */
export function typed(value: unknown, type: 'text' | 'int' | 'text[]' | 'int[]'): Typed {
  return new Typed(value, type);
}

/** Fragments joined with a separator (", " by default). */
export function joinSql(parts: Sql[], separator = ', '): Sql {
  return new Sql(['', ...parts.slice(1).map(() => separator), ''], parts.length ? parts : []);
}

/** How an engine writes a parameter: its placeholder, and a cast where it needs one. */
export interface Placeholders {
  placeholder(n: number): string;
  cast(placeholder: string, type: string): string;
}

/** The query text in the engine's style and its parameters (undefined is sent as NULL). */
export function render(q: Sql, p: Placeholders): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  let text = '';
  const put = (v: unknown): void => {
    if (v instanceof Sql) walk(v);
    else if (v instanceof Raw) text += v.text;
    else if (v instanceof Typed) {
      params.push(v.value ?? null);
      text += p.cast(p.placeholder(params.length), v.type);
    } else {
      params.push(v ?? null);
      text += p.placeholder(params.length);
    }
  };
  const walk = (s: Sql): void => {
    for (let i = 0; i < s.strings.length; i++) {
      text += s.strings[i];
      if (i < s.values.length) put(s.values[i]);
    }
  };
  walk(q);
  return { text, params };
}
