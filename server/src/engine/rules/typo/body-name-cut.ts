// A body's name after its place, written with characters lost inside a word (昆明市东川区人办公室 for 东川区人民政府办公室,
// 东川城管 2020: 民政府 lost). The bodies' names are fixed (人民政府办公室, 发展和改革委员会, 农业农村局…: typo.json
// `bodyNames.names`, words separated by spaces), and a cut that drops whole words is a short name in use (发展改革委员会,
// 人力资源社会保障局: 和 dropped) and left alone; a cut inside a word leaves no name. Read only right after a place's
// level (区, 县, 市…: `bodyNames.after`), where the body's name starts, and with three characters or more of its end kept
// (人大会 of 县人大会议 is not 人民代表大会 cut: 大会 is two).
import list from '../data/typo.json' with { type: 'json' };
import type { Glued } from './glued-digits.js';
import { charTable } from '../../text/char-table.js';
import { lostInside, wordsPhrase, type Phrase } from './set-phrase.js';

/** Characters of the name's end kept at least (lost at most: set-phrase.ts's, three). */
const SHORTEST_END = 3;
const endAtLeast = (): number => SHORTEST_END;

const NAMES: Phrase[] = list.bodyNames.names.map(wordsPhrase);
const AFTER = charTable(list.bodyNames.after);
const BY_FIRST = new Map<string, Phrase[]>();
for (const n of NAMES) BY_FIRST.set(n.text[0] as string, [...(BY_FIRST.get(n.text[0] as string) ?? []), n]);

/** Each body's name after a place's level in the line that lost characters inside a word. */
export function bodyNameCuts(text: string): Glued[] {
  let out: Glued[] | undefined;
  for (let i = 1; i < text.length; i++) {
    if (AFTER[text.charCodeAt(i - 1)] !== 1) continue;
    const names = BY_FIRST.get(text[i] as string);
    if (!names) continue;
    for (const n of names) {
      const length = lostInside(text, i, n, 1, endAtLeast);
      if (length === undefined) continue;
      const written = text.slice(i, i + length);
      (out ??= []).push({
        start: i,
        end: i + length,
        right: n.text,
        message: {
          zh: `机构名称「${written}」少了字：应为「${n.text}」`,
          en: `The body's name “${written}” lost characters: it is “${n.text}”`,
        },
      });
      i += length - 1;
      break;
    }
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
