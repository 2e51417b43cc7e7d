// Misspellings seen in real reports (拔付 for 拨付, 建立建全 for 建立健全, 台帐 for 台账): a list kept as
// data (data/typo.json), each entry with where it was seen. Every listed form is wrong as written, so
// the fix replaces it.
import { lineSlot } from '../parse/line-slot.js';
import list from './data/typo.json' with { type: 'json' };
import { eq, zq } from './format.js';
import { defineRule, type RuleFinding } from './rule.js';

const RIGHT = new Map(list.typos.map((t) => [t.wrong, t.right]));
// one alternation of literals, longest first: a single linear pass over the line
const TYPO = new RegExp(
  [...RIGHT.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

interface Hit {
  at: number;
  wrong: string;
}

const hitsOf = lineSlot((line): Hit[] => [...line.text.matchAll(TYPO)].map((m) => ({ at: m.index, wrong: m[0] })));

export default defineRule({
  id: 'typo',
  severity: 'warning',
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
