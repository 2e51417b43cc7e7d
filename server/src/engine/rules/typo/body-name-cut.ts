// A body's name after its place, written with characters lost inside a word (昆明市东川区人办公室 for 东川区人民政府办公室,
// 东川城管 2020: 民政府 lost). The bodies' names are fixed (人民政府办公室, 发展和改革委员会, 农业农村局…: typo.json
// `bodyNames.names`, words separated by spaces), and a cut that drops whole words is a short name in use (发展改革委员会,
// 人力资源社会保障局: 和 dropped) and left alone; a cut inside a word leaves no name. Read only right after a place's
// level (区, 县, 市…: `bodyNames.after`), where the body's name starts, and with three characters or more of its end kept
// (人大会 of 县人大会议 is not 人民代表大会 cut: 大会 is two).
import list from '../data/typo.json' with { type: 'json' };
import type { Glued } from './glued-digits.js';
import { anyCharOf } from '../../text/char-table.js';
import { lostInside, wordsPhrase, type Phrase } from './set-phrase.js';

/** Characters of the name's end kept at least (lost at most: set-phrase.ts's, three). */
const SHORTEST_END = 3;
const endAtLeast = (): number => SHORTEST_END;

const NAMES: Phrase[] = list.bodyNames.names.map(wordsPhrase);
const BY_FIRST = new Map<string, Phrase[]>();
for (const n of NAMES) BY_FIRST.set(n.text[0] as string, [...(BY_FIRST.get(n.text[0] as string) ?? []), n]);
/**
 * A place's level before a name's first character, the level matched and the name's start its end (lastIndex): the
 * places the line is read at, found in native code, not by an interpreted loop over every character of every line.
 */
const STARTS = new RegExp(`${anyCharOf(list.bodyNames.after).source}(?=${anyCharOf([...BY_FIRST.keys()].join('')).source})`, 'g');

/** Each body's name after a place's level in the line that lost characters inside a word. */
export function bodyNameCuts(text: string): Glued[] {
  let out: Glued[] | undefined;
  STARTS.lastIndex = 0;
  while (STARTS.test(text)) {
    const i = STARTS.lastIndex;
    for (const n of BY_FIRST.get(text[i] as string) as Phrase[]) {
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
      // the next name starts after this one (its level may be this one's last character)
      STARTS.lastIndex = i + length - 1;
      break;
    }
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
