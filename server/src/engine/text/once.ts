// A value built on first use and kept. The zod schemas are built this way: a zod v4 schema costs
// its constructor's work up front (about 20 ms for the options, templates and boilerplate together),
// paid by every CLI thread and every server start that never reads a data file or a bad setting.

/** `make` run on the first call, its result returned by every call. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
