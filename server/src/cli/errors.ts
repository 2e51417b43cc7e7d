// Errors that end the CLI with exit code 2: bad usage or input it cannot read. Each says, in both
// languages, what is wrong and with which file.
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
