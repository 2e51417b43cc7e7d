// The CLI's errors, each saying in both languages what is wrong. A UsageError ends the run (exit 2);
// an InputError names a file that cannot be read: `check` lists it and goes on with the others (exit
// 5 at the end), `init`, `import` and `export` stop (exit 2).
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'UsageError';
  }
}

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${file}: ${en}`);
    this.name = 'InputError';
  }
}
