// A figure whose separators cannot be read (7,00.0,77 for 700 万元, 岳阳县 2020: a form's 实际到位 and 实际支出 cells):
// thousands commas that do not mark groups of three, or a comma inside the decimals. Read by its shape. A run of
// figures a half-width comma separates (分别为1.5,2.5万元, 2019,2020年, 1,000,000) is a list or a right figure and is
// left alone: only a run that reads neither as one figure in thousands groups nor as a list of figures (a piece
// with a leading zero, 00.0) is taken. And an area written in metres (总建筑面积为68540.39m, 海南琼中 2024): ㎡
// lost its ² (m2, m² and ㎡ are right); and hectares written hmm (经果林32.49hmm, 芦山 20xx, where line 10 writes 32.49hm):
// hm² with its ² typed as a second m. And an amount with a unit of a count or a measure between its figure and 元
// (间接费用3万亩元, 西畴森林抚育 2021, beside 森林抚育1万亩 and 每亩3元): 亩元 is no unit; which of the two is meant
// is the drafter's to say, so no fix is offered. Only before a mark, a digit or the line's end (元旦, 元器件 are words).
// And the other way round, 元 then the unit (承保面积为42.59万元亩, 永兴农业保险 2020), read only where the unit ends the
// figure (万元人民币, 元/亩 are right).
import type { Glued } from './glued-digits.js';
import list from '../data/typo.json' with { type: 'json' };
import { execAll } from '../../text/exec-all.js';

/** Digits with points and commas between them, not after a digit, a separator or a clock's colon (8:00,13:00). */
const RUN = /(?<![0-9.,，:：])[0-9]+(?:[.,][0-9]+)+(?![0-9])/g;
/** One figure in thousands groups: 1,234,567.89. */
const THOUSANDS = /^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/;
/** One figure of a list: no leading zero unless it is 0 or 0.x. */
const FIGURE = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/** An area word, at most a few characters of 为/约/共 and no figure or mark between, then a figure and m alone. */
const AREA = new RegExp(
  `(?:${list.areaWords.join('|')})[^0-9，。；：,;:()（）]{0,4}?([0-9][0-9,]*(?:\\.[0-9]+)?) ?[mM](?![A-Za-z0-9²³×*＊])`,
  'g',
);

/** A figure, then hmm and no letter or digit: the hectare (hm²) with its ² typed as m. */
const HECTARES = /(?<![0-9A-Za-z.])([0-9]+(?:\.[0-9]+)?) ?hmm(?![A-Za-z0-9²])/g;

/**
 * A figure and its 元, then a unit of a measure ending the figure (计划和实际承保面积为42.59万元亩, 永兴农业保险 2020, twice:
 * the area of 42.59万亩 written with 元 from the 保费 beside it): 元亩 is no unit either. 万元户 is a word, so 户 is not read.
 */
const YUAN_UNIT = new RegExp(
  `(?<![0-9.])([0-9]+(?:\\.[0-9]+)?[万千亿]?)元(${list.unitsBeforeYuan.filter((u) => u !== '户').join('|')})(?![\\u4e00-\\u9fa5])`,
  'g',
);

/** A figure, a unit of a count or a measure, then 元 ending the amount: 3万亩元. */
const UNIT_YUAN = new RegExp(`(?<![0-9.])([0-9]+(?:\\.[0-9]+)?[万千亿]?)(${list.unitsBeforeYuan.join('|')})元(?![\\u4e00-\\u9fa5])`, 'g');

/** What each reading's matches hold, tested once a line: a comma between digits (RUN's), a figure before m or h (the areas'). */
const DIGIT_COMMA = /[0-9],[0-9]/;
const DIGIT_MEASURE = /[0-9] ?[hmM]/;

export function malformedFigures(text: string): Glued[] {
  const comma = DIGIT_COMMA.test(text);
  const measure = DIGIT_MEASURE.test(text);
  const yuan = text.includes('元');
  if (!comma && !measure && !yuan) return NONE;
  let out: Glued[] | undefined;
  for (const m of comma ? execAll(RUN, text) : NO_MATCHES) {
    const run = m[0];
    if (!run.includes(',') || THOUSANDS.test(run) || run.split(',').every((p) => FIGURE.test(p))) continue;
    (out ??= []).push({
      start: m.index,
      end: m.index + run.length,
      message: {
        zh: `数字「${run}」写法有误：千分位逗号应每三位一个，小数点后不用逗号，读不出是多少：请按原始数据改正`,
        en:
          `The figure “${run}” cannot be read: thousands commas mark groups of three and none stands in the decimals; ` +
          'correct it from the source',
      },
    });
  }
  for (const m of measure ? execAll(AREA, text) : NO_MATCHES) {
    const figure = m[1] as string;
    const start = m.index + m[0].indexOf(figure);
    const end = m.index + m[0].length;
    const written = text.slice(start, end);
    (out ??= []).push({
      start,
      end,
      right: `${figure}㎡`,
      message: {
        zh: `面积「${written}」的单位写成了 m（米）：面积应为「${figure}㎡」（平方米）`,
        en: `The area “${written}” is in m (metres): an area is in ㎡, write “${figure}㎡”`,
      },
    });
  }
  for (const m of measure ? execAll(HECTARES, text) : NO_MATCHES) {
    const figure = m[1] as string;
    (out ??= []).push({
      start: m.index,
      end: m.index + m[0].length,
      right: `${figure}hm²`,
      message: {
        zh: `面积「${m[0]}」的单位写成了 hmm：公顷应为「${figure}hm²」`,
        en: `The area “${m[0]}” is in “hmm”: hectares are hm², write “${figure}hm²”`,
      },
    });
  }
  if (yuan) {
    for (const m of [...execAll(UNIT_YUAN, text), ...execAll(YUAN_UNIT, text)]) {
      const [written, figure, unit] = m as unknown as [string, string, string];
      const money = `${figure}元`;
      const quantity = `${figure}${unit}`;
      (out ??= []).push({
        start: m.index,
        end: m.index + written.length,
        message: {
          zh: `「${written}」的单位有误：计量单位“${unit}”与“元”不能连写，请改为金额「${money}」或数量「${quantity}」`,
          en: `“${written}” runs the unit ${unit} into 元: write the amount “${money}” or the quantity “${quantity}”`,
        },
      });
    }
  }
  return out === undefined ? NONE : out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

const NONE: Glued[] = [];
const NO_MATCHES: readonly RegExpExecArray[] = [];
