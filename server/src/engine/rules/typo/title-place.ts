// A village's or a town's name from the report's title written in the body with a character lost inside it (乐道村 where
// the title is 固始县段集镇乐道冲村野菊花加工项目…, 固始 2025): the title names the place the project is in, and a name one
// character shorter, the same at both ends, is that name mistyped. The title's places are its words ending in a level's
// character (省, 市, 县, 区, 州, 旗, 镇, 乡, 村: typo.json `titlePlaces.levels`) of four characters or more (宝坻区's three are
// place-name's, read against the national list); a word holding a joining word or a common word (和, 城乡, 农村:
// `titlePlaces.notIn`) is no name (住房和城乡 is 住房城乡 shortened). The place may be another one, so the fix is offered, not safe.
import list from '../data/typo.json' with { type: 'json' };
import { isHan, isHanCode } from '../../text/han.js';

const LEVELS = new Set([...list.titlePlaces.levels]);
/** Fewest characters of a title's name read: a three-character one lost a character is two, no name. */
const SHORTEST = 4;

export interface PlaceCut {
  /** The name as written, with a character lost. */
  form: string;
  /** The title's name, and the character lost. */
  name: string;
  lost: string;
}

/** The title's names of places, each with its forms that lost one character inside (the first and the last kept). */
export function titlePlaceCuts(title: string): PlaceCut[] {
  const out: PlaceCut[] = [];
  let from = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title[i] as string;
    if (!isHan(c)) {
      from = i + 1;
      continue;
    }
    if (!LEVELS.has(c)) continue;
    const name = afterYear(title.slice(from, i + 1));
    from = i + 1;
    if (name.length < SHORTEST || list.titlePlaces.notIn.some((w) => name.includes(w))) continue;
    for (let k = 1; k <= name.length - 2; k++) {
      // a doubled character lost (乐乐村) leaves the same form twice: read once
      const form = name.slice(0, k) + name.slice(k + 1);
      if (!out.some((p) => p.form === form)) out.push({ form, name, lost: name[k] as string });
    }
  }
  return out;
}

/** Where the forms stand in the line, not inside a longer word of the same level (乐道村 of 新乐道村 is read from 新). */
export function placeCutsIn(text: string, cuts: readonly PlaceCut[]): { at: number; cut: PlaceCut }[] {
  let out: { at: number; cut: PlaceCut }[] | undefined;
  for (const cut of cuts) {
    for (let at = text.indexOf(cut.form); at >= 0; at = text.indexOf(cut.form, at + cut.form.length)) {
      // the title's own name is read whole; a form inside a longer run of the same name (段集镇乐道村) stays read
      if (text.startsWith(cut.name, at - (cut.name.length - cut.form.length))) continue;
      if (at > 0 && isHanCode(text.charCodeAt(at - 1)) && !LEVELS.has(text[at - 1] as string) && !FREE_BEFORE.has(text[at - 1] as string))
        continue;
      (out ??= []).push({ at, cut });
    }
  }
  return out ?? NONE;
}

/** Characters a name may follow inside a clause: a preposition or a verb's end (在乐道村, 由乐道村, 对乐道村). */
const FREE_BEFORE = new Set([...'在由对向从为与和及将把给至到于是']);
const NONE: { at: number; cut: PlaceCut }[] = [];

/** A name read after a year's figures without its 年 or 年度 (2023年度广东省…: 广东省, not 年度广东省, 广东 2023). */
function afterYear(name: string): string {
  if (name.startsWith('年度')) return name.slice(2);
  return name.startsWith('年') ? name.slice(1) : name;
}
