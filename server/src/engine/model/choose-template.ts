// Which template a report follows: front matter and the user's choice first, then the template its
// outline matches best (headings and aliases, each section once), the title breaking near ties.
// Whether that template fits well enough to judge the report by — missing sections, order, the
// numbers the template gives — is decided here too: an outline that matches no template is not
// renumbered to fit one.
import type { TextLine } from '../parse/blocks.js';
import { readingOf } from '../parse/blocks.js';
import type { Template, TemplateSection } from '../template/template.js';
import type { Localized } from '../types.js';
import { indexTemplate, lookup, MAX_TITLE } from './outline.js';
import { keyReading, namesSelf, RECOGNITION as WORDS } from './recognise.js';

export type TemplateSource = 'front-matter' | 'option' | 'outline' | 'title' | 'default';

/** How the report's headings match one template. */
export interface OutlineMatch {
  /** Distinct template sections the headings name. */
  sections: number;
  /** …of which top-level (一、二、…). */
  top: number;
  /** The report's numbered top-level headings (一、 with a short title). */
  docTop: number;
  /** …that name a top-level section of the template. */
  docTopMatched: number;
  /** …of which numbered as the template numbers that section (三、综合评价结论 for the template's third). */
  docTopInPlace: number;
  /** Sections weighed by how well the heading's level agrees, plus the title's bonus: what the choice compares. */
  score: number;
  /** Required sections absent whose parent is there (or at the top): of two templates matched alike, the one left less incomplete. */
  missing: number;
  /** Sections named only by a form's field labels: an unnumbered title run into its text (评价结论：经自评，…). */
  labels: number;
}

export interface TemplateChoice {
  template: Template;
  source: TemplateSource;
  match: OutlineMatch;
  /** The template fits: missing sections, their order and the template's numbers are judged. */
  fits: boolean;
  /** The outline alone makes the text a report. */
  outlineIsReport: boolean;
  /** The text opens with the template's first section and its first sub-section (an excerpt cut after them): their lines. */
  opening?: [string, string];
  /** Top-level headings only a self-evaluation's outline has (markedOutline): a report, unless it quotes them. Their lines. */
  marks?: string[];
  /** The template the headings match best, chosen or not, and how: a weak match is still some evidence of a report. */
  closest: { template: Template; match: OutlineMatch };
  reason: Localized;
}

/**
 * The lines that may be headings, read once for every template: the first few hundred. An outline is
 * tens of headings; a long report is long in its lists and tables, and matching every template against
 * each of their lines on every keystroke would cost a megabyte report a tenth of its check.
 */
function headingLines(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const l of lines) {
    const r = readingOf(l);
    if (r.key.length >= 2 && (r.titleLength <= MAX_TITLE || l.mdDepth > 0) && (l.first || l.mdDepth > 0 || r.head.marker !== undefined)) {
      out.push(l);
      if (out.length >= WORDS.outlineLines) break;
    }
  }
  return out;
}

export function matchOutline(candidates: readonly TextLine[], template: Template): OutlineMatch {
  const index = indexTemplate(template);
  const weight = new Map<TemplateSection, number>();
  const heading = new Set<TemplateSection>();
  let docTop = 0;
  let docTopMatched = 0;
  let docTopInPlace = 0;
  for (const line of candidates) {
    const { head, key } = readingOf(line);
    const m = head.marker && !head.marker.broken ? head.marker : undefined;
    if (m?.level === 1) docTop++;
    const found = lookup(index, key);
    if (!found) continue;
    const s = found.find((x) => x.depth === m?.level) ?? found[0];
    if (!s) continue;
    if (m?.level === 1 && s.depth === 1) {
      docTopMatched++;
      if (m.value === template.sections.indexOf(s) + 1) docTopInPlace++;
    }
    // a heading at the template's level is good evidence, one at another level or unnumbered less
    const w = m ? (m.level === s.depth ? 1 : 0.5) : line.mdDepth > 0 ? 0.75 : 0.5;
    weight.set(s, Math.max(weight.get(s) ?? 0, w));
    if (m || line.mdDepth > 0 || !head.runIn) heading.add(s);
  }
  let score = 0;
  let top = 0;
  for (const [s, w] of weight) {
    score += w;
    if (s.depth === 1) top++;
  }
  const missing = template.all.filter((s) => s.required && !weight.has(s) && (!s.parent || weight.has(s.parent))).length;
  return { sections: weight.size, top, docTop, docTopMatched, docTopInPlace, score, missing, labels: weight.size - heading.size };
}

function goodEnough(m: OutlineMatch): boolean {
  return m.sections >= WORDS.minMatchedSections && m.top >= WORDS.minMatchedTop;
}

/**
 * Good enough, and most top-level headings on one side are found on the other: the report's (its
 * numbered list items may count among them, so this alone is not required) or the template's. An
 * outline inside a larger document (a 部门决算) is not judged by the document's other headings.
 */
function fitsWell(m: OutlineMatch, t: Template): boolean {
  const docShare = t.numbering === 'document' || m.docTop === 0 ? 1 : m.docTopMatched / m.docTop;
  const templateShare = m.top / Math.max(1, t.sections.filter((s) => s.required).length);
  // the report's share alone is not enough when it numbers top-level sections of its own in place of the template's, so that
  // those it shares with the template stand elsewhere (一、项目基本情况 二、项目资金使用及管理情况 三、项目绩效目标完成情况
  // 四、存在问题 五、改进措施: a local outline whose generic sections every outline has, not one missing four of the
  // template's seven); an excerpt whose sections keep the template's numbers (铁路沿线 2020: 一、 二、 三、 as the template's,
  // then 四、绩效评价分析 cut short) follows it
  const inPlace = m.docTopMatched === m.docTop || m.docTopInPlace === m.docTopMatched;
  const docAlone = docShare >= WORDS.minTopShare && (t.numbering === 'document' || inPlace);
  // a form whose fields are labelled with the template's titles (青衣 2023, made up: 评价结论：… 存在问题：… 改进措施：… under a
  // 自评表) is not written to the outline: its labels are no headings lacking their numbers, nor its other sections missing
  const form = m.labels === m.sections;
  return goodEnough(m) && !form && (templateShare >= WORDS.minTopShare || docAlone);
}

/**
 * The first two numbered headings of the text, when they open the template's outline: `一、` and its first
 * section, then `（一）` and one of that section's own sub-sections (瓯海 2022: 一、基本情况 （一）项目概况; 广西
 * 2021: 一、绩效目标分解下达情况 （一）中央下达预算和绩效目标情况), or the two named the other way round (博鳌 2023:
 * 一、项目概况 （一）项目基本情况, the part's title above the section's). An excerpt cut after its first section shows
 * no more of the outline than this, and no other document starts so. A later sub-section is a witness only when it
 * names a part of the first section about performance (`openingParts`; 江永公安 2024: 一、基本情况 （一）单位基本情况
 * （二）项目绩效目标): a 决算's 一、部门基本情况 （一）主要职能 （二）机构设置 names a section of the 广东 outline second
 * (沙坪坝 2021), but no 决算 states its 绩效目标 there.
 */
function openedOutline(numbered: readonly TextLine[], template: Template): [string, string] | undefined {
  const first = template.sections[0];
  const [top, sub] = numbered;
  if (!first || !top || !sub || readingOf(top).head.marker?.level !== 1 || readingOf(sub).head.marker?.level !== 2) return undefined;
  const index = indexTemplate(template);
  // the pair may name the section and its part the other way round (博鳌 2023: 一、项目概况 （一）项目基本情况)
  const named = (line: TextLine): TemplateSection | undefined =>
    lookup(index, readingOf(line).key)?.find((s) => s === first || s.parent === first);
  const a = named(top);
  const b = named(sub);
  // the first sub-section is numbered first: a text that goes from 一、 to (二) has lost its (一), which may be
  // anything (荣昌 2023's 决算, its (一)职能职责 dropped, opened 一、单位基本情况 (二)机构设置 like the 广东 outline)
  const opens = readingOf(sub).head.marker?.value === 1 && a && b && a !== b && (a === first || b === first);
  return opens ? [headingText(top), headingText(sub)] : performancePart(numbered, template);
}

/** `一、` naming the template's first section and a later sub-section of it naming one of its performance parts. */
function performancePart(numbered: readonly TextLine[], template: Template): [string, string] | undefined {
  const first = template.sections[0];
  const [top, ...rest] = numbered;
  if (!first || !top) return undefined;
  const index = indexTemplate(template);
  if (!lookup(index, readingOf(top).key)?.includes(first)) return undefined;
  for (const line of rest.slice(1)) {
    const level = readingOf(line).head.marker?.level;
    if (level === 1) return undefined;
    if (level !== 2) continue;
    const part = lookup(index, readingOf(line).key)?.find((s) => s.parent === first);
    if (part && WORDS.openingParts.some((w) => part.title.includes(w))) return [headingText(top), headingText(line)];
  }
  return undefined;
}

/**
 * The top-level headings that say on their own that the outline is a self-evaluation's, as `[heading, …]`: the
 * text's first `一、` names the template's first section and that section is one only a self-evaluation has
 * (`outlineMarks`: 一、绩效目标分解下达情况, the 转移支付 outline's, 巴彦淖尔 2023); or two of its top-level headings
 * name two of the template's top-level sections in the template's order, and one of them names the
 * self-evaluation (保山 2020: 一、项目基本情况 二、项目绩效自评工作开展情况) or is a mark (双清第一幼儿园 2023: 一、部门、单位
 * 基本情况 二、一般公共预算支出情况, the 湖南 部门整体 outline's, which no 决算 of the corpus heads a part with). A 工作总结's or a 决算's 一、基本情况
 * 二、存在的问题 names no self-evaluation; a notice says what it is in its title, which is read first.
 */
function markedOutline(numbered: readonly TextLine[], template: Template): string[] | undefined {
  const index = indexTemplate(template);
  const tops: { text: string; section: TemplateSection; marked: boolean }[] = [];
  for (const line of numbered) {
    const { head, key } = readingOf(line);
    if (head.marker?.level !== 1) continue;
    const section = lookup(index, key)?.find((s) => s.depth === 1);
    if (!section) {
      if (tops.length === 0) return undefined; // the text's first 一、 is none of the template's: not its outline
      continue;
    }
    const marked = WORDS.outlineMarks.includes(section.title) || namesSelf(keyReading(key));
    tops.push({ text: headingText(line), section, marked });
    if (tops.length === 2) break;
  }
  const [a, b] = tops;
  if (a?.marked && a.section === template.sections[0]) return [a.text];
  if (a && b && b.section.index > a.section.index && (a.marked || b.marked)) return [a.text, b.text];
  return undefined;
}

/** A heading as written, to the end of its title (a run-in heading's body left out). */
const headingText = (line: TextLine): string => line.text.slice(0, readingOf(line).head.titleEnd).trim();

export interface ChoiceInput {
  lines: readonly TextLine[];
  candidates: readonly Template[];
  fallback: Template;
  /** Chosen before the outline is read (front matter, --template). */
  fixed?: { template: Template; source: 'front-matter' | 'option' };
  /** The title, when the first lines give one: its template patterns break near ties. */
  title?: string;
}

/** Title patterns of a template the title contains, the longest's length (0 when none). */
function titleMatch(t: Template, title: string | undefined): number {
  if (!title) return 0;
  const compact = title.replace(/\s+/g, '');
  let best = 0;
  for (const p of t.titlePatterns) if (compact.includes(p.replace(/\s+/g, ''))) best = Math.max(best, p.length);
  return best;
}

const sectionsWord = (m: OutlineMatch): Localized => ({
  zh: `提纲有 ${m.sections} 个章节与之相符（一级 ${m.top} 个）`,
  en: `${m.sections} of its sections match the outline (${m.top} top-level)`,
});

/**
 * The last choice and what it was made from. A keystroke rarely changes a heading, and matching every
 * template against the outline cost a 25 KB report a tenth of its check: the choice is made again only
 * when what it reads has changed — each candidate line's level, marker and title key, the templates,
 * the title. (One entry: with several documents open, a miss only costs the matching.)
 */
let last: { signature: string; input: Omit<ChoiceInput, 'lines'>; choice: TemplateChoice } | undefined;

/** What matching the outline reads of the candidate lines, as one string. */
function signatureOf(candidates: readonly TextLine[]): string {
  let out = '';
  for (const line of candidates) {
    const { head, key } = readingOf(line);
    out += `${line.mdDepth}${head.marker?.level ?? '-'}${head.marker?.broken ? '!' : ''}${key}\n`;
  }
  return out;
}

function sameInput(a: Omit<ChoiceInput, 'lines'>, b: ChoiceInput): boolean {
  return (
    a.fallback === b.fallback &&
    a.title === b.title &&
    a.fixed?.template === b.fixed?.template &&
    a.fixed?.source === b.fixed?.source &&
    a.candidates.length === b.candidates.length &&
    a.candidates.every((t, i) => t === b.candidates[i])
  );
}

export function chooseTemplate(input: ChoiceInput): TemplateChoice {
  const candidates = headingLines(input.lines);
  const signature = signatureOf(candidates);
  if (last && last.signature === signature && sameInput(last.input, input)) return last.choice;
  const choice = choose(input, candidates);
  const { lines: _lines, ...rest } = input; // not the lines: the cache would keep the whole document
  last = { signature, input: rest, choice };
  return choice;
}

function choose(input: ChoiceInput, candidates: readonly TextLine[]): TemplateChoice {
  if (input.fixed) {
    const match = matchOutline(candidates, input.fixed.template);
    const by =
      input.fixed.source === 'front-matter'
        ? { zh: '前置元数据指定', en: 'named in the front matter' }
        : { zh: '命令行或设置指定', en: 'chosen with --template' };
    return {
      ...input.fixed,
      match,
      fits: true,
      outlineIsReport: goodEnough(match),
      closest: { template: input.fixed.template, match },
      reason: by,
    };
  }
  let best: { t: Template; m: OutlineMatch; title: number } | undefined;
  let enough: typeof best;
  const matches = new Map<Template, OutlineMatch>();
  for (const t of input.candidates) {
    const m = matchOutline(candidates, t);
    matches.set(t, m);
    const title = titleMatch(t, input.title);
    if (title > 0) m.score += WORDS.titleBonus;
    // on a tie, more top-level sections, then fewer required ones left out: the national 转移支付 outline
    // (东丽 2020: 一、…五、) against the 衔接资金 one that adds 二、绩效自评工作开展情况
    const order = (than: { t: Template; m: OutlineMatch; title: number }): number =>
      m.score - than.m.score || m.top - than.m.top || than.m.missing - m.missing || title - than.title || Number(t === input.fallback);
    if (!best || order(best) > 0) best = { t, m, title };
    // the best of the templates matched well enough, when the best is not (大英 燃油税: a 四川 评价结论及建议 block weighs
    // more in the 四川 部门整体 outline, where it is one section, than in the project outline, which four headings name)
    if (goodEnough(m) && (!enough || order(enough) > 0)) enough = { t, m, title };
  }

  // a template the outline matches well enough but not best makes a report, and does not judge the report's numbers
  const chosen = best && goodEnough(best.m) ? best : enough;
  if (chosen) {
    const s = sectionsWord(chosen.m);
    const fits = chosen === best && fitsWell(chosen.m, chosen.t);
    const weak = fits
      ? { zh: '', en: '' }
      : {
          zh: '；本文多数一级标题不在其中，只按本文自身编号检查，不报缺少章节',
          en: '; most of its top-level headings are not in it, so numbering follows the report itself and no section is reported missing',
        };
    return {
      template: chosen.t,
      source: 'outline',
      match: chosen.m,
      fits,
      outlineIsReport: true,
      closest: { template: chosen.t, match: chosen.m },
      reason: { zh: `提纲最相符：${s.zh}${weak.zh}`, en: `the outline matches it best: ${s.en}${weak.en}` },
    };
  }
  // among the templates the title names, the outline's closest, then the default (titles do not name provinces)
  const byTitle = input.candidates
    .map((t) => ({ t, n: titleMatch(t, input.title), score: matches.get(t)?.score ?? 0 }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.score - a.score || Number(b.t === input.fallback) - Number(a.t === input.fallback) || b.n - a.n)[0]?.t;
  // no template named by the title, and an excerpt that opens a template's outline: the best matched of such templates
  // (its numbering is its own, nothing is missing)
  const numbered = candidates.filter((l) => readingOf(l).head.marker?.broken === false);
  const marked = (byTitle ? [] : input.candidates)
    .map((t) => ({ t, marks: markedOutline(numbered, t), m: matches.get(t) ?? matchOutline(candidates, t) }))
    .filter((x) => x.marks !== undefined)
    .sort((a, b) => b.m.score - a.m.score || b.m.top - a.m.top || a.m.missing - b.m.missing)[0];
  if (marked?.marks) {
    const list = marked.marks.map((h) => `“${h}”`).join('');
    return {
      template: marked.t,
      source: 'outline',
      match: marked.m,
      fits: false,
      outlineIsReport: true,
      marks: marked.marks,
      closest: { template: marked.t, match: marked.m },
      reason: {
        zh: `标题${list}只见于其自评报告提纲；只按本文自身编号检查，不报缺少章节`,
        en: `its headings ${list} belong to the outline of its self-evaluation only; numbered on its own, no section reported missing`,
      },
    };
  }
  const opened = (byTitle ? [] : input.candidates)
    .map((t) => ({ t, opening: openedOutline(numbered.slice(0, WORDS.openingSubs), t), m: matches.get(t) ?? matchOutline(candidates, t) }))
    .filter((x) => x.opening !== undefined)
    .sort((a, b) => b.m.score - a.m.score)[0];
  if (opened?.opening) {
    const [top, sub] = opened.opening;
    return {
      template: opened.t,
      source: 'outline',
      match: opened.m,
      fits: false,
      outlineIsReport: true,
      opening: opened.opening,
      closest: { template: opened.t, match: opened.m },
      reason: {
        zh: `开头两个标题“${top}”“${sub}”是其提纲的开头；只按本文自身编号检查，不报缺少章节`,
        en: `its first two headings “${top}” “${sub}” open the outline; numbered on its own, no section reported missing`,
      },
    };
  }
  const template = byTitle ?? (input.candidates.includes(input.fallback) ? input.fallback : (input.candidates[0] ?? input.fallback));
  const match = matches.get(template) ?? matchOutline(candidates, template);
  const none = {
    zh: '；提纲与任何模板都不够相符，只按本文自身编号检查，不报缺少章节',
    en: '; the outline matches no template well, so numbering follows the report itself and no section is reported missing',
  };
  return {
    template,
    source: byTitle ? 'title' : 'default',
    match,
    fits: false,
    outlineIsReport: false,
    closest: best ? { template: best.t, match: best.m } : { template, match },
    reason: byTitle
      ? { zh: `标题与模板相符${none.zh}`, en: `the title matches it${none.en}` }
      : { zh: `默认模板${none.zh}`, en: `the default template${none.en}` },
  };
}
