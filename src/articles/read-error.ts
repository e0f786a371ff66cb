/** A file that could not be read as an article: `message` is "<file>: <reason>". */
export class ArticleReadError extends Error {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ArticleReadError';
    this.file = file;
    this.reason = reason;
  }
}
