import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface WalkedFiles {
  /** Article files, sorted by path within each folder; symbolic links to files included (by their link path). */
  files: string[];
  /** What was passed over and why: loops, broken links, links to something that is not a file or folder. */
  skipped: { file: string; message: string }[];
}

const isHidden = (name: string): boolean => name.startsWith('.') || name.toLowerCase() === 'readme.md';

/**
 * Every article file under `root` (recursive; no dotfiles, no README.md). Symbolic links are
 * followed, to files and to folders; a link that leads back to a folder being read (a loop), or
 * to a folder already read, is skipped and said, and so is a broken link. `isArticle` decides by
 * name (the link's name, else its target's).
 */
export async function walkArticleFiles(root: string, isArticle: (name: string) => boolean): Promise<WalkedFiles> {
  const files: string[] = [];
  const skipped: WalkedFiles['skipped'] = [];
  const read = new Set<string>();
  const walk = async (dir: string, above: Set<string>): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !isHidden(e.name));
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let target = '';
      if (e.isSymbolicLink()) {
        try {
          target = await realpath(p);
          const s = await stat(target);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          const why =
            code === 'ELOOP' ? 'symbolic link loop (it leads back to itself)' : code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : `symbolic link that cannot be followed (${code ?? 'error'})`;
          skipped.push({ file: p, message: `${why}; skipped` });
          continue;
        }
        if (!isDir && !isFile) {
          skipped.push({ file: p, message: 'symbolic link to something that is not a file or a folder; skipped' });
          continue;
        }
      }
      if (isDir) {
        const real = target || (await realpath(p));
        if (above.has(real)) skipped.push({ file: p, message: `symbolic link loop: it leads back to ${real}, a folder it is in; skipped` });
        else if (read.has(real)) skipped.push({ file: p, message: `leads to ${real}, which is read already; skipped` });
        else {
          read.add(real);
          await walk(p, new Set([...above, real]));
        }
      } else if (isFile && (isArticle(e.name) || (target !== '' && isArticle(target)))) {
        files.push(p);
      }
    }
  };
  const real = await realpath(root);
  read.add(real);
  await walk(root, new Set([real]));
  return { files, skipped };
}
