// Settings per workspace folder. Every `jixiao.*` setting a check uses is declared `"scope": "resource"`,
// so in a multi-root workspace each folder may set its own (rules, thresholds, default template, enable,
// size limit); they are read with the folder as scopeUri, once per folder, and read again after the next
// configuration change (the LSP sample's getDocumentSettings, keyed by folder rather than by document:
// every document of a folder has the same resource settings, and one request serves them all).
import type { Settings } from './settings.js';

interface Entry {
  /** The read in progress or done since the last change. */
  pending?: Promise<Settings>;
  /** The last value read, kept when a later read fails. */
  last?: Settings;
}

export interface FolderReader {
  /** Reads and validates the folder's `jixiao` settings. */
  read(folderUri: string): Promise<Settings>;
  /** For a folder whose settings could never be read: the workspace-level ones. */
  fallback(): Settings;
  /** A read that failed (it is not retried before the next change). */
  failed(folderUri: string, e: unknown): void;
}

export class FolderSettings {
  private readonly entries = new Map<string, Entry>();
  /** Longest first, so a document in a nested folder gets the inner folder's settings. */
  private readonly folders: string[];

  constructor(
    folderUris: string[],
    private readonly reader: FolderReader,
  ) {
    this.folders = [...folderUris].sort((a, b) => b.length - a.length);
  }

  /** The workspace folder a document lies in, if any. */
  folderOf(uri: string): string | undefined {
    return this.folders.find((f) => uri === f || uri.startsWith(f.endsWith('/') ? f : `${f}/`));
  }

  /** The settings of the document's folder; undefined for a document in no folder. */
  of(uri: string): Promise<Settings> | undefined {
    const folder = this.folderOf(uri);
    if (folder === undefined) return undefined;
    let entry = this.entries.get(folder);
    if (!entry) this.entries.set(folder, (entry = {}));
    if (!entry.pending) {
      const e = entry;
      e.pending = this.reader.read(folder).then(
        (s) => (e.last = s),
        (err: unknown) => {
          this.reader.failed(folder, err);
          return e.last ?? this.reader.fallback();
        },
      );
    }
    return entry.pending;
  }

  /** After a configuration change: every folder is read again when next needed. */
  clear(): void {
    for (const e of this.entries.values()) e.pending = undefined;
  }
}
