// The one way the end-to-end scenarios wait: poll what the workbench shows until it is what the
// scenario asserts, or fail saying what was expected and what was last seen. A fixed sleep passes on
// a fast machine and fails on a loaded one; a wait for the state is as fast as the workbench allows.

/** How long a wait lasts by default: generous, since a wait that holds returns at once. */
export const WAIT_MS = 30000;
const POLL_MS = 150;

/** Shows a value as a failure message can: strings quoted, lists one item a line, long text cut. */
export function shown(value: unknown, limit = 4000): string {
  const text = Array.isArray(value)
    ? value.length
      ? value.map((v) => `  ${String(v)}`).join('\n')
      : '  (no rows)'
    : (JSON.stringify(value) ?? String(value));
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length - limit} more characters)` : text;
}

export class WaitError extends Error {
  constructor(
    readonly what: string,
    readonly lastSeen: string,
    ms: number,
  ) {
    super(`waited ${ms} ms for ${what}; last seen:\n${lastSeen}`);
    this.name = 'WaitError';
  }
}

/**
 * Reads the state with `read` until `ok` holds of it and returns it. A read that throws (an element
 * not there yet, detached while read) counts as not yet; its error is what was last seen.
 */
export async function waitFor<T>(read: () => T | Promise<T>, ok: (value: T) => boolean, what: string, ms = WAIT_MS): Promise<T> {
  const deadline = performance.now() + ms;
  let last = '(nothing read yet)';
  for (;;) {
    try {
      const value = await read();
      if (ok(value)) return value;
      last = shown(value);
    } catch (e) {
      last = `(the read failed: ${(e as Error).message.split('\n')[0]})`;
    }
    if (performance.now() >= deadline) throw new WaitError(what, last, ms);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** The wall clock in epoch milliseconds, for the figures a scenario measures (0-start), never to wait with: wait with waitFor. */
export const clock = (): number => Date.now();
