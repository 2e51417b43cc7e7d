// A file that cannot be read, saying in both languages why: `jixiao check` lists it and goes on with the
// others (exit 5 at the end), `init`, `import` and `export` stop (exit 2); the editor's workspace check lists it.
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
