// A character an OCR or a hurried typist took for its look-alike (菅 for 营: 菅造公正, 徐闻角尾 2024; 菅 for 管: 安全保菅,
// 南江档案馆; 咸 for 成: 完咸情况, 无为 2022): read only inside a word of the budget papers that the look-alike spoils
// (data/typo.json `lookAlikes`: each listed word, its right character written as the look-alike, is no word), so
// the look-alike's own words (草菅人命, 咸菜, 咸宁) are never read.
import list from '../data/typo.json' with { type: 'json' };
import type { Glued } from './glued-digits.js';
import { eq, zq } from '../format.js';
import { anyCharOf } from '../../text/char-table.js';

interface Spoiled {
  /** The word as the look-alike spoils it (菅造), where the look-alike stands (0), and the word (营造). */
  form: string;
  at: number;
  right: string;
  wrong: string;
  meant: string;
}

/** By look-alike character: the spoiled words it may stand in, longest first. */
const BY_CHAR = new Map<string, Spoiled[]>();
for (const e of list.lookAlikes) {
  for (const word of e.words) {
    for (let at = word.indexOf(e.right); at >= 0; at = word.indexOf(e.right, at + 1)) {
      const form = word.slice(0, at) + e.wrong + word.slice(at + 1);
      BY_CHAR.set(e.wrong, [...(BY_CHAR.get(e.wrong) ?? []), { form, at, right: word, wrong: e.wrong, meant: e.right }]);
    }
  }
}
for (const forms of BY_CHAR.values()) forms.sort((a, b) => b.form.length - a.form.length);
/** The look-alikes by char code: every other character costs one array read. */
const LOOK = new Uint8Array(0x10000);
for (const c of BY_CHAR.keys()) LOOK[c.charCodeAt(0)] = 1;
/** Any look-alike: most lines hold none, and are passed by one native test. */
const ANY_LOOK = anyCharOf([...BY_CHAR.keys()].join(''));

/** Each look-alike in the line standing in a listed word, left to right. */
export function lookAlikes(text: string): Glued[] {
  if (!ANY_LOOK.test(text)) return NONE;
  let out: Glued[] | undefined;
  for (let i = 0; i < text.length; i++) {
    if (LOOK[text.charCodeAt(i)] !== 1) continue;
    const forms = BY_CHAR.get(text[i] as string);
    if (!forms) continue;
    const s = forms.find((f) => i >= f.at && text.startsWith(f.form, i - f.at));
    if (!s) continue;
    const start = i - s.at;
    (out ??= []).push({
      start,
      end: start + s.form.length,
      right: s.right,
      message: {
        zh: `错别字：${zq(s.form)}应为${zq(s.right)}（“${s.wrong}”与“${s.meant}”形近）`,
        en: `Misspelling: ${eq(s.form)} should be ${eq(s.right)} (${s.wrong} is a look-alike of ${s.meant})`,
      },
    });
    i = start + s.form.length - 1;
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
