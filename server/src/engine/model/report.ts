// The report model: everything the rules read, built once per document text.
import type { ParsedDocument } from '../parse/blocks.js';
import { IncrementalParser } from '../parse/chunks.js';
import type { DateMention } from '../parse/dates.js';
import type { DocNumber } from '../parse/doc-numbers.js';
import { readFrontMatter, type FrontMatter } from '../parse/front-matter.js';
import { LineIndex } from '../text/line-index.js';
import type { Template } from '../template/template.js';
import type { TemplateRegistry } from '../template/registry.js';
import { readAssessment, type Assessment } from './assessment.js';
import { budgetAmounts } from './budget.js';
import type { Sentence } from '../parse/sentences.js';
import { readHeader, type Header } from './header.js';
import { buildOutline, type Outline } from './outline.js';

export type TemplateSource = 'front-matter' | 'option' | 'title' | 'default';

export interface Report {
  text: string;
  index: LineIndex;
  frontMatter: FrontMatter;
  parsed: ParsedDocument;
  template: Template;
  templateSource: TemplateSource;
  /** Front matter named a template that does not exist. */
  unknownTemplate?: { id: string; start: number; end: number };
  /** Ids of the templates the document could name. */
  availableTemplates: string[];
  /** Only reports get report findings: a README stays quiet. */
  isReport: boolean;
  outline: Outline;
  header: Header;
  sentences: Sentence[];
  /**
   * The sentences with an amount or a percentage, in text order (kept by the parser: no pass over every
   * sentence per keystroke). Readonly: a list is replaced, never changed in place, so the caches keyed by
   * it hold while it is the same object (test/unit/incremental.test.ts).
   */
  numbered: readonly Sentence[];
  /** The sentences with budget totals or parts: what the budget rules read (a small share of a long report). Readonly as `numbered`. */
  budgetSentences: readonly Sentence[];
  docNumbers: DocNumber[];
  dates: DateMention[];
  assessment: Assessment;
}

export interface ModelOptions {
  registry: TemplateRegistry;
  /** A template chosen by the user for every document (CLI --template); front matter still wins. */
  templateId?: string;
  /** The document's parser from the previous version: only what an edit touched is parsed again. */
  parser?: IncrementalParser;
  /** Read the outline only, not the sentences, 文号 and dates (documents above the size limit). */
  structureOnly?: boolean;
}

const budgetSentencesMemo = new WeakMap<readonly Sentence[], readonly Sentence[]>();

/** The same list (the same object) while the numbered sentences are: the budget rules keep their work on it. */
function budgetSentencesOf(numbered: readonly Sentence[]): readonly Sentence[] {
  let list = budgetSentencesMemo.get(numbered);
  if (!list) {
    list = numbered.filter((s) => budgetAmounts(s).length > 0);
    budgetSentencesMemo.set(numbered, list);
  }
  return list;
}

/** Template headings a document must show to count as a report when neither front matter nor title says so. */
const MIN_MATCHED_HEADINGS = 3;
/** …of which this many are top-level sections (一、二、三): 存在问题 and 改进措施 alone are in any work summary. */
const MIN_MATCHED_TOP = 2;

export function buildReport(text: string, options: ModelOptions): Report {
  const frontMatter = readFrontMatter(text);
  const facts = (options.parser ?? new IncrementalParser()).update(text, frontMatter.end, !options.structureOnly);
  const index = LineIndex.fromStarts(facts.lineStarts, text.length, text);
  const parsed: ParsedDocument = { blocks: facts.blocks, lines: facts.lines, comments: facts.comments, opaque: facts.opaque };
  const { registry } = options;

  let template: Template | undefined;
  let templateSource: TemplateSource = 'default';
  let unknownTemplate: Report['unknownTemplate'];
  const fmTemplate = frontMatter.fields.get('template');
  if (fmTemplate) {
    template = registry.get(fmTemplate.value);
    if (template) templateSource = 'front-matter';
    else unknownTemplate = { id: fmTemplate.value, start: fmTemplate.start, end: fmTemplate.end };
  }
  if (!template && options.templateId) {
    template = registry.get(options.templateId);
    if (template) templateSource = 'option';
  }
  // The title decides between templates; read it with the default outline first.
  const first = template ?? registry.default;
  const provisional = buildOutline(parsed.lines, first, text);
  const provisionalHeader = readHeader(parsed.lines, provisional.bodyStart, text);
  const fromTitle = provisionalHeader.title ? registry.fromTitle(provisionalHeader.title.value) : undefined;
  if (!template && fromTitle) {
    template = fromTitle;
    templateSource = 'title';
  }
  template ??= registry.default;
  const outline = template === first ? provisional : buildOutline(parsed.lines, template, text);
  const header = outline === provisional ? provisionalHeader : readHeader(parsed.lines, outline.bodyStart, text);

  const matched = outline.headings.filter((h) => h.tsec && !h.duplicate);
  const matchedTop = matched.filter((h) => h.tsec?.depth === 1).length;
  const isReport =
    templateSource === 'front-matter' ||
    fromTitle !== undefined ||
    unknownTemplate !== undefined ||
    (matched.length >= MIN_MATCHED_HEADINGS && matchedTop >= MIN_MATCHED_TOP);

  const report: Report = {
    text,
    index,
    frontMatter,
    parsed,
    template,
    templateSource,
    isReport,
    availableTemplates: registry.list().map((t) => t.id),
    outline,
    header,
    sentences: facts.sentences,
    numbered: facts.numbered,
    budgetSentences: budgetSentencesOf(facts.numbered),
    docNumbers: facts.docNumbers,
    dates: facts.dates,
    assessment: readAssessment(text, outline.bodyStart, template),
  };
  if (unknownTemplate) report.unknownTemplate = unknownTemplate;
  return report;
}
