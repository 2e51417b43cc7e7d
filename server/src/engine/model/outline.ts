// Builds the section tree of a report from its text lines, guided by the template.
//
// A line is a heading when its title matches a template section, when it is a Markdown heading with
// a marker, or when its marker continues the numbering of the outline where it stands. Numbered
// paragraphs that restart the numbering (the 14 duties `(一)拟订…`, `一、加快湛江湾实验室建设。…`) open a
// "list run": the run's later items are list items too, until a template heading ends it.
import type { TextLine } from '../parse/blocks.js';
import { readingOf } from '../parse/blocks.js';
import type { LineHead, Marker, MarkerLevel } from '../parse/markers.js';
import { templateNumber, type Template, type TemplateSection } from '../template/template.js';
import { keyReading } from './recognise.js';
import type { ChunkView } from '../parse/chunks.js';
import { chunkDiff } from '../parse/picked-lines.js';

export interface Heading {
  line: TextLine;
  head: LineHead;
  level: MarkerLevel;
  tsec?: TemplateSection;
  /** A second heading for a template section already present. */
  duplicate: boolean;
  section: Section;
}

export interface Section {
  heading: Heading;
  level: MarkerLevel;
  tsec?: TemplateSection;
  parent?: Section;
  children: Section[];
  /** Start of the heading's source line. */
  start: number;
  /** Start of the next heading at this level or above, or the end of the text. */
  end: number;
}

export interface OutlineStyle {
  halfWidth: boolean;
  spaceAfterMarker: boolean;
  /** Markdown heading depth used for each outline level, when the document uses `#` headings. */
  mdDepth: Map<number, number>;
  /** Leading whitespace of heading lines. */
  indent: string;
  arabicSep: string;
}

export interface Outline {
  headings: Heading[];
  roots: Section[];
  byTemplateId: Map<string, Section>;
  style: OutlineStyle;
  /** Offset of the first outline heading (end of the header block), or the text length. */
  bodyStart: number;
  /**
   * Line starts of Markdown headings with no number that the outline does not take as headings, by
   * `#` depth: where a number may have been lost, so that the next number only seems to skip one.
   */
  unnumbered: Map<number, number[]>;
  /** Headings keep the levels and numbers they are written with: the template does not decide them (buildOutline). */
  ownLevels: boolean;
}

/** The longest title a line may have to be read as a heading without a Markdown mark. */
export const MAX_TITLE = 30;

/**
 * The last outline built from a list of chunks (an editable report's), with what it was built for: see movedOutline.
 * Held strongly until the next build replaces it, as parse/picked-lines.ts's last lists are.
 */
let last: Built | undefined;

/** An outline as built, with the lines of the unnumbered Markdown headings it notes (their offsets move with them). */
interface Built {
  chunks: readonly ChunkView[];
  template: Template;
  ownLevels: boolean;
  outline: Outline;
  unnumbered: Map<number, TextLine[]>;
}

/**
 * `ownLevels`: the template does not fit the report (choose-template.ts), so a numbered heading stays
 * at the level its own number gives it; the template only names the sections it recognises. `chunks`: the report's,
 * when it will be checked again after edits: an edit that leaves every line the outline reads as it was (typing in a
 * paragraph of prose) gives the last outline again, moved (movedOutline), not a walk over every line of the report.
 */
export function buildOutline(
  lines: TextLine[],
  template: Template,
  text: string,
  ownLevels = false,
  chunks?: readonly ChunkView[],
): Outline {
  const moved = chunks && last?.template === template && last.ownLevels === ownLevels ? movedOutline(last, chunks, text) : undefined;
  const built = moved ?? readOutline(lines, template, text, ownLevels);
  // a report checked once (another file, the CLI) leaves the editable report's last outline for its next keystroke
  if (chunks) last = { chunks, template, ownLevels, outline: built.outline, unnumbered: built.unnumbered };
  return built.outline;
}

/**
 * What buildOutline reads of a line, as a string: the same for two lines that it treats alike wherever they stand. A line
 * too short or too long to be a title matters by its number alone (it may open a list run); a line with no number and no
 * Markdown mark whose title names no section of the template is passed over; any other line by all it is.
 */
function outlineSign(line: TextLine, index: KeyIndex): string {
  const { head, titleLength, key } = readingOf(line);
  const marker = head.marker;
  if (titleLength < 2 || (titleLength > MAX_TITLE && line.mdDepth === 0)) return marker && !marker.broken ? `${marker.level}` : '';
  if (!marker && line.mdDepth === 0 && (key.length < 2 || !lookup(index, key)?.length)) return '';
  return `${line.mdDepth}|${line.first ? 1 : 0}|${line.inLine ? 1 : 0}|${line.text}`;
}

/** The lines of chunks [from, to). */
function linesOf(chunks: readonly ChunkView[], from: number, to: number): TextLine[] {
  const out: TextLine[] = [];
  for (let c = from; c < to; c++) for (const line of (chunks[c] as ChunkView).lines) out.push(line);
  return out;
}

/**
 * The last outline for the chunks after an edit, when the lines of the chunks parsed again read, one for one, as the
 * lines they replace (outlineSign): the outline would be built the same, each heading on the line that stands where its
 * line stood (the same object in a chunk kept, moved in place; the new one in a chunk parsed again), at the line's
 * offsets now. Undefined when it may differ, and it is built again.
 */
function movedOutline(was: Built, chunks: readonly ChunkView[], text: string): Pick<Built, 'outline' | 'unnumbered'> | undefined {
  const { same, tail } = chunkDiff(was.chunks, chunks);
  const before = linesOf(was.chunks, same, was.chunks.length - tail);
  const after = linesOf(chunks, same, chunks.length - tail);
  if (before.length !== after.length) return undefined;
  const index = indexTemplate(was.template);
  const moved = new Map<TextLine, TextLine>();
  for (let i = 0; i < before.length; i++) {
    const a = before[i] as TextLine;
    const b = after[i] as TextLine;
    if (a !== b && outlineSign(a, index) !== outlineSign(b, index)) return undefined;
    moved.set(a, b);
  }
  const movedLine = (line: TextLine): TextLine => moved.get(line) ?? line;
  const headings: Heading[] = [];
  const roots: Section[] = [];
  const byTemplateId = new Map<string, Section>();
  const sectionOf = new Map<Section, Section>();
  for (const h of was.outline.headings) {
    const line = movedLine(h.line);
    const old = h.section;
    // a section's parent comes before it: it was on the stack when the section was made
    const parent = old.parent && sectionOf.get(old.parent);
    const heading: Heading = {
      line,
      head: readingOf(line).head,
      level: h.level,
      tsec: h.tsec,
      duplicate: h.duplicate,
      section: undefined as unknown as Section,
    };
    const section: Section = { heading, level: old.level, tsec: old.tsec, parent, children: [], start: line.lineStart, end: text.length };
    heading.section = section;
    (parent ? parent.children : roots).push(section);
    sectionOf.set(old, section);
    if (old.tsec && was.outline.byTemplateId.get(old.tsec.id) === old) byTemplateId.set(old.tsec.id, section);
    headings.push(heading);
  }
  setEnds(headings, text.length);
  const unnumbered = new Map<number, TextLine[]>();
  for (const [depth, lines] of was.unnumbered) unnumbered.set(depth, lines.map(movedLine));
  return { outline: outlineOf(headings, roots, byTemplateId, text, unnumbered, was.ownLevels), unnumbered };
}

function readOutline(lines: TextLine[], template: Template, text: string, ownLevels: boolean): Pick<Built, 'outline' | 'unnumbered'> {
  const keyIndex = indexTemplate(template);
  const headings: Heading[] = [];
  const roots: Section[] = [];
  const byTemplateId = new Map<string, Section>();
  const stack: Section[] = [];
  const unnumbered = new Map<number, TextLine[]>();
  let listRun: { level: number; parent: Section | undefined } | undefined;
  // the key of the last line numbered at each level, heading or not (a table of contents' lines are one block)
  const lastNumbered: (string | undefined)[] = [];

  for (const line of lines) {
    const { head, titleLength: titleLen, key } = readingOf(line);
    const marker = head.marker;
    if (titleLen < 2 || (titleLen > MAX_TITLE && line.mdDepth === 0)) {
      if (marker && !marker.broken && !(listRun && listRun.level === marker.level)) {
        listRun = { level: marker.level, parent: parentFor(stack, marker.level) };
      }
      continue;
    }
    const current = stack[stack.length - 1];
    const found = matchTemplate(keyIndex, key, marker?.level, current);
    // a sub-heading that names a part of its own numbered parent's title (三、评价结论及绩效分析 then
    // （一）评价结论 （二）绩效分析, 寻甸 2024) is that part, not the template's chapter of the same name
    const above = marker && !marker.broken ? lastNumbered[marker.level - 2] : undefined;
    const match = found && !(above && marker && namesPartOf(found, key, marker.level, above)) ? found : undefined;
    if (marker && !marker.broken) lastNumbered[marker.level - 1] = key;
    let level: MarkerLevel | undefined;
    let tsec: TemplateSection | undefined;
    let duplicate = false;

    if (match) {
      const present = byTemplateId.has(match.id);
      if (present && !marker && line.mdDepth === 0) continue; // a label such as 存在问题 under its section
      // a plain line inside a paragraph is body text, unless it is the template's next section standing
      // where the template puts it: a heading that lost its number (昌宁 2023's `1. 执行率情况。` then `完成的绩效目标。`)
      if (!line.first && !marker && line.mdDepth === 0 && !(nextSibling(match, current) && !head.runIn)) continue;
      // a template that does not fit makes no heading of a plain line (零陵's table cell 改进措施)
      if (ownLevels && !marker && line.mdDepth === 0) continue;
      level = ownLevels && marker && !marker.broken ? marker.level : (match.depth as MarkerLevel);
      tsec = match;
      duplicate = present;
    } else if (marker && !marker.broken) {
      const parent = parentFor(stack, marker.level);
      const inRun = listRun && listRun.level === marker.level && listRun.parent === parent;
      const leafAbove = parent?.tsec && parent.tsec.children.length === 0;
      const siblings = parent ? parent.children : roots;
      const last = siblings.findLast((s) => s.level === marker.level);
      const expected = last ? numberCarried(last, template, byTemplateId) + 1 : 1;
      const plausible = !head.title.includes('，') && !head.title.includes(',');
      // a Markdown heading is a heading by the author's own choice, whatever its number says
      const headingLike =
        line.mdDepth > 0 ||
        (line.first && plausible && !inRun && !leafAbove && marker.value === expected && (marker.level === 1 || parent !== undefined));
      if (!headingLike) {
        listRun = inRun ? listRun : { level: marker.level, parent };
        continue;
      }
      level = marker.level;
    } else {
      if (line.mdDepth > 0 && !marker) {
        const at = unnumbered.get(line.mdDepth);
        if (at) at.push(line);
        else unnumbered.set(line.mdDepth, [line]);
      }
      continue;
    }

    while (stack.length > 0 && (stack[stack.length - 1] as Section).level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    // every heading and section made with all its fields, in one order: one shape each for the readers of the outline
    // on every keystroke (a field added to some, or `delete`d, gave them several and threw optimised code away)
    const heading: Heading = { line, head, level, tsec, duplicate, section: undefined as unknown as Section };
    const section: Section = { heading, level, tsec, parent, children: [], start: line.lineStart, end: text.length };
    if (tsec && !duplicate) byTemplateId.set(tsec.id, section);
    heading.section = section;
    (parent ? parent.children : roots).push(section);
    stack.push(section);
    headings.push(heading);
    listRun = undefined;
  }

  setEnds(headings, text.length);
  return { outline: outlineOf(headings, roots, byTemplateId, text, unnumbered, ownLevels), unnumbered };
}

const lineStartOf = (line: TextLine): number => line.lineStart;

function outlineOf(
  headings: Heading[],
  roots: Section[],
  byTemplateId: Map<string, Section>,
  text: string,
  unnumberedLines: Map<number, TextLine[]>,
  ownLevels: boolean,
): Outline {
  let style: OutlineStyle | undefined;
  const unnumbered = new Map<number, number[]>();
  for (const [depth, lines] of unnumberedLines) unnumbered.set(depth, lines.map(lineStartOf));
  return {
    headings,
    roots,
    byTemplateId,
    // read only to write a heading (a missing section's fix, completion): not worked out on every keystroke
    get style() {
      return (style ??= detectStyle(headings, text));
    },
    bodyStart: headings[0]?.line.lineStart ?? text.length,
    unnumbered,
    ownLevels,
  };
}

export interface KeyIndex {
  exact: Map<string, TemplateSection[]>;
  /** The keys of `exact` and their sections, in the same order: walked for near-misses. */
  keys: string[];
  sections: TemplateSection[][];
  /** Lookups done so far, near-misses included: a report's lines repeat from keystroke to keystroke. */
  memo: Map<string, TemplateSection[] | null>;
}

const indexes = new WeakMap<Template, KeyIndex>();

export function indexTemplate(t: Template): KeyIndex {
  const cached = indexes.get(t);
  if (cached) return cached;
  const exact = new Map<string, TemplateSection[]>();
  for (const s of t.all) {
    for (const k of s.keys) {
      const list = exact.get(k) ?? [];
      list.push(s);
      exact.set(k, list);
    }
  }
  const index = { exact, keys: [...exact.keys()], sections: [...exact.values()], memo: new Map<string, TemplateSection[] | null>() };
  indexes.set(t, index);
  return index;
}

/**
 * The key without what a real heading adds to a section's title: the year in front
 * (`十三、2023年度部门整体支出绩效自评情况`) and a table of contents' page number behind (`一、单位概况14`).
 */
/**
 * The open section a heading of this level would belong to (the stack is not changed). A function of its own, not a
 * closure made per outline: the optimised outline, built on a first check, threw its code away when the next check
 * called another closure.
 */
function parentFor(stack: readonly Section[], level: number): Section | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if ((stack[i] as Section).level < level) return stack[i];
  return undefined;
}

function bareKey(key: string): string {
  const year = /^(?:19|20)\d{2}年度?/.exec(key);
  const from = year ? year[0].length : 0;
  let to = key.length;
  while (to > from && key.charCodeAt(to - 1) >= 0x30 && key.charCodeAt(to - 1) <= 0x39) to--;
  return key.slice(from, to);
}

/** Sections whose title or alias is the key, or nearly (a few characters added or lost). */
export function lookup(index: KeyIndex, key: string): TemplateSection[] | undefined {
  const hit = index.memo.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const bare = bareKey(key);
  let found = find(index, key, bare);
  // a heading in traditional script read as its simplified title (tried only when the key as written names nothing)
  const read = found ? bare : keyReading(bare);
  if (read !== bare) found = find(index, read, read);
  if (index.memo.size > 100_000) index.memo.clear(); // bounded, whatever is typed
  index.memo.set(key, found ?? null);
  return found;
}

/** A kind of unit before its basic information's title (学校基本情况, 卫生院基本情况, 本单位基本概况). */
const UNIT_KIND = /^(?:学校|医院|卫生院|学院|幼儿园|中心|机关|本单位|本部门|本校|本院)(?=(?:基本情况|基本概况|概况)$)/;

function find(index: KeyIndex, key: string, bare: string): TemplateSection[] | undefined {
  const found = index.exact.get(key) ?? (bare !== key ? index.exact.get(bare) : undefined);
  if (found || bare.length < 4) return found;
  // the unit's own basic information named by its kind (学校基本情况, 医院概况: red team s23, made up) is the template's
  // 基本情况, which a title twice its length holds too short a share of to be matched below
  const kind = UNIT_KIND.exec(bare);
  const own = kind ? index.exact.get(bare.slice(kind[0].length)) : undefined;
  if (own) return own;
  // every title and alias, for each new line of a long report: no pair or iterator entry allocated per key
  const { keys, sections } = index;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const short = k.length < bare.length ? k : bare;
    const long = k.length < bare.length ? bare : k;
    if (short.length >= 4 && short.length / long.length >= 0.75 && long.includes(short)) return sections[i];
  }
  return undefined;
}

/** The template section a title names, preferring one under the open sections. */
function matchTemplate(index: KeyIndex, key: string, level: number | undefined, current: Section | undefined): TemplateSection | undefined {
  if (key.length < 2) return undefined;
  const found = lookup(index, key);
  if (!found || found.length === 0) return undefined;
  if (found.length === 1) return found[0];
  const openIds = new Set<string>();
  for (let s: Section | undefined = current; s; s = s.parent) if (s.tsec) openIds.add(s.tsec.id);
  return found.find((s) => s.parent && openIds.has(s.parent.id)) ?? found.find((s) => level !== undefined && s.depth === level) ?? found[0];
}

/**
 * The line's own, well-formed number is deeper than the template section it names, and the last line
 * numbered one level above holds its title within its own: the drafter split that chapter into
 * parts, one of which bears the template's name.
 */
function namesPartOf(match: TemplateSection, key: string, level: number, aboveKey: string): boolean {
  return level > match.depth && aboveKey.length > key.length && aboveKey.includes(key);
}

/** Whether a template section is the one after the current heading's among its template siblings. */
function nextSibling(s: TemplateSection, current: Section | undefined): boolean {
  const at = current?.tsec;
  return at !== undefined && s.parent === at.parent && s.index === at.index + 1;
}

/**
 * The number a section stands at in its level's sequence, which a numbered line after it would
 * continue: its marker's, or, when it has none at this level (lost, broken, of another level), the
 * number the template gives it. A heading that lost its 一、 still stands at 1, so the 一、二、… list
 * under its sub-section restarts a list and does not continue the outline.
 */
function numberCarried(s: Section, template: Template, present: ReadonlyMap<string, Section>): number {
  const m = s.heading.head.marker;
  if (m && !m.broken && m.level === s.level) return m.value;
  return s.tsec ? templateNumber(template, s.tsec, present) : 0;
}

function setEnds(headings: Heading[], textEnd: number): void {
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i] as Heading;
    let end = textEnd;
    for (let j = i + 1; j < headings.length; j++) {
      const n = headings[j] as Heading;
      if (n.level <= h.level) {
        end = n.line.lineStart;
        break;
      }
    }
    h.section.end = end;
  }
}

function majority<T>(values: T[], fallback: T): T {
  const counts = new Map<T, number>();
  let best = fallback;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

function detectStyle(headings: Heading[], text: string): OutlineStyle {
  const markers: Marker[] = [];
  for (const h of headings) if (h.head.marker && !h.head.marker.broken) markers.push(h.head.marker);
  const bracketed = markers.filter((m) => m.open !== '');
  const halfWidth = majority(
    bracketed.map((m) => m.open === '('),
    false,
  );
  const spaceAfterMarker = majority(
    headings.filter((h) => h.head.marker && !h.head.marker.broken).map((h) => h.head.titleStart > (h.head.marker?.end ?? 0)),
    false,
  );
  const mdDepth = new Map<number, number>();
  for (const level of [1, 2, 3, 4]) {
    const depths = headings.filter((h) => h.level === level && h.line.mdDepth > 0).map((h) => h.line.mdDepth);
    if (depths.length > 0) mdDepth.set(level, majority(depths, 0));
  }
  const indent = majority(
    headings.filter((h) => h.line.mdDepth === 0).map((h) => text.slice(h.line.lineStart, h.line.start)),
    '',
  );
  const arabicSep = majority(
    markers.filter((m) => m.level === 3).map((m) => m.sep),
    '.',
  );
  return { halfWidth, spaceAfterMarker, mdDepth, indent, arabicSep };
}
