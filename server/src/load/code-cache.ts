// Loads a bundle next to this one through V8's code cache, so a process started again skips compiling
// it (the language server's engine: about 60 ms; the CLI, in its main thread and in each worker: about 70 ms)
// and the first check runs already-compiled functions. The cache lives in the
// user's own cache folder (never a shared temp folder: it holds code), one file per installation,
// bundle, Node version and bundle content; V8 refuses a cache that does not match, and then the bundle
// is compiled as usual. JIXIAO_CACHE_DIR names another folder, or `off`. A bundle loaded here cannot
// `import()` (V8 compiles it without Node's loader, and Node 20 answers such an import only behind a flag):
// its loader hands it the imports it needs.
//
// The installation (the bundle's real folder, and Jixiao's version) is part of the name: V8 checks
// only the source, and a cache compiled by another installation of the same bundle carries that
// installation's script name, so its stack traces named the other installation's session.cjs; and
// each installation, saving its own, deleted the other's.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { VERSION } from '../engine/version.js';

function cacheDir(): string | undefined {
  const env = process.env.JIXIAO_CACHE_DIR;
  if (env === 'off') return undefined;
  if (env) return env;
  if (process.platform === 'win32') return process.env.LOCALAPPDATA ? join(process.env.LOCALAPPDATA, 'jixiao', 'Cache') : undefined;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'jixiao');
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'jixiao');
}

export interface Loaded<T> {
  exports: T;
  /** What became of the cache: used, refused by V8 (another Node, a damaged file), none yet, or turned off. */
  cache: 'used' | 'rejected' | 'none' | 'off';
  /** Where it is kept. */
  cacheFile: string | undefined;
  /** Writes the cache if there was none that fit; call once the code has run (it then holds more). */
  save(): void;
}

const hash = (...parts: (string | Buffer)[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\n');
  return h.digest('hex').slice(0, 16);
};

/** The installation a bundle belongs to: its real folder and Jixiao's version. */
function installationKey(file: string): string {
  let folder = dirname(file);
  try {
    folder = realpathSync(folder);
  } catch {
    // the folder as given: still tells installations apart
  }
  return hash(folder, VERSION);
}

export function requireBundle<T>(file: string): Loaded<T> {
  // the file's bytes are hashed, not the decoded text: the same digest (the bytes are that text's UTF-8), but
  // hashing the text encoded all 1.4 MB again, 7-15 ms per thread and start against under 1 ms
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const dir = cacheDir();
  const key = hash(`${process.version} ${process.arch}`, bytes);
  // this installation's caches of this bundle, whatever the content: the older ones are removed on save
  const prefix = `${basename(file)}-${installationKey(file)}-`;
  const cacheFile = dir ? join(dir, `${prefix}${key}.v8cache`) : undefined;
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: Module,
    filename: string,
    dirname: string,
  ) => void;
  run.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
  const fits = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: mod.exports as T,
    cache: !dir ? 'off' : fits ? 'used' : cachedData ? 'rejected' : 'none',
    cacheFile,
    save: () => {
      if (fits || !dir || !cacheFile) return;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        // this installation's caches of earlier builds of this bundle are of no more use
        for (const old of readdirSync(dir)) if (old.startsWith(prefix) && join(dir, old) !== cacheFile) unlinkSync(join(dir, old));
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, cacheFile);
      } catch {
        // a read-only home or a full disk: the next start compiles again, nothing else changes
      }
    },
  };
}
