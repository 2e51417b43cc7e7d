// Word's automatic numbering (word/numbering.xml) written out as text: a report whose 一、/（一）/1. are
// a numbering definition, not typed, reads as the page shows it. Each w:num counts on its own, each level
// restarting when a level above it moves on; a level's text (%1、, （%1）, %1.%2) is filled with each
// level's counter in that level's own number format.
import { readXml } from './xml.js';

interface Level {
  format: string;
  text: string;
  start: number;
}

export interface Numbering {
  /** Counters for one pass over a document: `next(numId, level)` is the label of the next paragraph so numbered. */
  counters(): { next(numId: string, level: number): string | undefined };
}

export function numberingOf(xml: string): Numbering {
  const abstracts = new Map<string, Level[]>();
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  let abstract: Level[] | undefined;
  let level: Level | undefined;
  let num: { abstract: string; starts: Map<number, number> } | undefined;
  let override = -1;
  readXml(xml, {
    open(name, attrs) {
      const val = attrs['w:val'] ?? '';
      if (name === 'w:abstractNum') abstracts.set(attrs['w:abstractNumId'] ?? '', (abstract = []));
      else if (name === 'w:num') nums.set(attrs['w:numId'] ?? '', (num = { abstract: '', starts: new Map() }));
      else if (name === 'w:abstractNumId' && num) num.abstract = val;
      else if (name === 'w:lvlOverride') override = Number(attrs['w:ilvl']) || 0;
      else if (name === 'w:startOverride' && num && override >= 0) num.starts.set(override, Number(val) || 1);
      else if (name === 'w:lvl' && abstract && !num) {
        level = { format: 'decimal', text: '', start: 1 };
        abstract[Number(attrs['w:ilvl']) || 0] = level;
      } else if (!level) return;
      else if (name === 'w:numFmt') level.format = val;
      else if (name === 'w:lvlText') level.text = val;
      else if (name === 'w:start') level.start = Number(val) || 0;
    },
    close(name) {
      if (name === 'w:lvl') level = undefined;
      else if (name === 'w:abstractNum') abstract = undefined;
      else if (name === 'w:num') num = undefined;
      else if (name === 'w:lvlOverride') override = -1;
    },
  });
  return {
    counters() {
      const counts = new Map<string, number[]>();
      return {
        next(numId, at) {
          const n = nums.get(numId);
          const levels = n ? abstracts.get(n.abstract) : undefined;
          const own = levels?.[at];
          if (!n || !levels || !own) return undefined;
          if (own.format === 'bullet') return '\u2022';
          const c = counts.get(numId) ?? [];
          counts.set(numId, c);
          const startOf = (k: number): number => n.starts.get(k) ?? levels[k]?.start ?? 1;
          c[at] = c[at] === undefined ? startOf(at) : c[at] + 1;
          c.length = at + 1; // deeper levels start again
          return own.text.replace(/%([1-9])/g, (_, d: string) => {
            const k = Number(d) - 1;
            return formatNumber(c[k] ?? startOf(k), levels[k]?.format ?? 'decimal');
          });
        },
      };
    },
  };
}

const CN = '〇一二三四五六七八九';
/** 甲乙丙丁…: the heavenly stems, Word's ideographTraditional. */
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PAREN = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';

/** 一 … 九十九 as 公文 write them (十一, 二十, 二十一), plain figures beyond. */
function chineseCounting(n: number): string {
  if (n < 1 || n > 99) return String(n);
  if (n < 10) return CN[n] as string;
  const tens = Math.floor(n / 10);
  return (tens > 1 ? CN[tens] : '') + '十' + (n % 10 ? CN[n % 10] : '');
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  let out = '';
  let left = n;
  for (const [v, s] of ROMAN)
    while (left >= v) {
      out += s;
      left -= v;
    }
  return out;
}

function letter(n: number): string {
  if (n < 1) return String(n);
  const c = String.fromCharCode(97 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chineseCounting(n);
    case 'ideographTraditional':
      return STEMS[n - 1] ?? String(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => CN[Number(d)]).join('');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalEnclosedParen':
      return PAREN[n - 1] ?? `(${n})`;
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}
