// Misspellings seen in real reports (拔付 for 拨付, 建立建全 for 建立健全, 台帐 for 台账): a list kept as
// data (data/typo.json), each entry with where it was seen. Every listed form is wrong as written, so
// the fix replaces it.
import { lineMemo } from '../parse/line-memo.js';
import list from './data/typo.json' with { type: 'json' };
import { eq, zq } from './format.js';
import { defineRule, type RuleFinding } from './rule.js';

const RIGHT = new Map(list.typos.map((t) => [t.wrong, t.right]));
/** Characters after which a listed form ends another word and is right (因为桥改造: 因为 + 桥). */
const NOT_AFTER = new Map(list.typos.flatMap((t) => ('notAfter' in t ? [[t.wrong, t.notAfter]] : [])));
/** Longest first, so 建立建全 is read before any shorter entry inside it. */
const WRONG = [...RIGHT.keys()].sort((a, b) => b.length - a.length);

interface Hit {
  at: number;
  wrong: string;
}

/** The listed forms by their first character; FIRST marks those characters, so each character costs one array read. */
const BY_FIRST = new Map<number, string[]>();
const FIRST = new Uint8Array(0x10000);
for (const w of WRONG) {
  const c = w.charCodeAt(0);
  FIRST[c] = 1;
  BY_FIRST.set(c, [...(BY_FIRST.get(c) ?? []), w]);
}

/** Each listed form in the line, left to right, the longest where two start together. */
function hits(text: string): Hit[] {
  let out: Hit[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (FIRST[c] !== 1) continue;
    const wrong = BY_FIRST.get(c)?.find((w) => text.startsWith(w, i) && !(i > 0 && NOT_AFTER.get(w)?.includes(text[i - 1] as string)));
    if (!wrong) continue;
    (out ??= []).push({ at: i, wrong });
    i += wrong.length - 1;
  }
  return out ?? NONE;
}

const NONE: Hit[] = [];
const hitsOf = lineMemo((line) => hits(line.text));

export default defineRule({
  id: 'typo',
  severity: 'warning',
  scope: 'chunk',
  description: {
    zh: '真实报告中出现过的错别字（拔付→拨付、建立建全→建立健全、台帐→台账等）。',
    en: 'Misspellings seen in real reports (拔付→拨付, 建立建全→建立健全, 台帐→台账, …).',
  },
  fixes: [{ does: { zh: '改为正确的写法', en: 'Writes the correct form' }, safe: true }],
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const line of report.parsed.lines) {
      for (const h of hitsOf(line)) {
        const right = RIGHT.get(h.wrong) ?? h.wrong;
        const start = line.start + h.at;
        out.push({
          span: { start, end: start + h.wrong.length },
          message: { zh: `错别字：${zq(h.wrong)}应为${zq(right)}`, en: `Misspelling: ${eq(h.wrong)} should be ${eq(right)}` },
          fix: {
            title: { zh: `改为${zq(right)}`, en: `Change to ${eq(right)}` },
            edits: [{ start, end: start + h.wrong.length, newText: right }],
            safe: true,
          },
        });
      }
    }
    return out;
  },
});
