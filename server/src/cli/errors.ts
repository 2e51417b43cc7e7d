// The CLI's usage error, saying in both languages what is wrong: it ends the run (exit 2). A file that
// cannot be read is an InputError (files/input-error.ts).
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'UsageError';
  }
}
