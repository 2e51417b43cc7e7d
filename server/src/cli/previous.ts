// Last year's report of the same unit, for the copied-from-last-year rule: the file --previous names, or,
// without it, the report in the same folder whose header or title says the year before and the same unit (or,
// where a unit is not written, the folder's one report of the year before: model/identity.ts). Each folder's
// reports are read once per thread and only what their first lines say is kept: a batch's folder is not held in
// memory, only the texts chosen as last year's. A file that cannot be read is passed over, as a candidate, in silence.
import { dirname, resolve } from 'node:path';
import { lastYearsAmong, reportIdentity, type Identity } from '../engine/index.js';
import { reportCandidates } from '../office/candidates.js';
import { InputError } from '../files/input-error.js';
import { readSource } from '../files/read.js';
import { OFFICE, readOffice } from '../files/read-office.js';

const folders = new Map<string, { path: string; identity: Identity }[]>();
/** The texts chosen as last year's (or named by --previous): a few per batch. */
const texts = new Map<string, string | undefined>();

/**
 * The text of last year's report for the file at `path` holding `text`, and where it is; how many reports of the year
 * before the folder holds when which is the unit's own cannot be told (`unsure`); undefined when there is none.
 */
export async function previousFor(
  path: string,
  text: string,
  named: string | undefined,
): Promise<{ path: string; text: string } | { unsure: number } | undefined> {
  const self = resolve(path);
  if (named !== undefined) {
    const other = resolve(named);
    if (other === self) return undefined;
    const t = await readReport(other);
    if (t === undefined) throw new InputError(named, '无法读取 --previous 指定的上年报告', 'the --previous report cannot be read');
    return { path: other, text: t };
  }
  const now = reportIdentity(text);
  if (now.year === undefined) return undefined;
  const others = (await folder(dirname(self))).filter((c) => c.path !== self);
  const { found, unsure } = lastYearsAmong(now, others);
  if (!found) return unsure > 0 ? { unsure } : undefined;
  const t = await readReport(found.path);
  return t !== undefined ? { path: found.path, text: t } : undefined;
}

async function folder(dir: string): Promise<{ path: string; identity: Identity }[]> {
  const known = folders.get(dir);
  if (known) return known;
  const out: { path: string; identity: Identity }[] = [];
  for (const path of reportCandidates(dir)) {
    const t = await readText(path);
    if (t !== undefined) out.push({ path, identity: reportIdentity(t) });
  }
  folders.set(dir, out);
  return out;
}

async function readReport(path: string): Promise<string | undefined> {
  if (texts.has(path)) return texts.get(path);
  const t = await readText(path);
  texts.set(path, t);
  return t;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return OFFICE.test(path) ? (await readOffice(path)).text : readSource(path).text;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return undefined;
  }
}
