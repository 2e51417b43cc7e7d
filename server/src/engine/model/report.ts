// The report model: everything the rules read, built once per document text.
import type { ParsedDocument } from '../parse/blocks.js';
import { IncrementalParser, type ChunkView } from '../parse/chunks.js';
import type { DateMention } from '../parse/dates.js';
import type { DocNumber } from '../parse/doc-numbers.js';
import { readFrontMatter, type FrontMatter } from '../parse/front-matter.js';
import { numberedList, pickedNumbered } from '../parse/picked-lines.js';
import { LineIndex } from '../text/line-index.js';
import type { Template } from '../template/template.js';
import type { Localized } from '../types.js';
import type { TemplateRegistry } from '../template/registry.js';
import { readAssessment, type Assessment } from './assessment.js';
import { budgetAmounts } from './budget.js';
import type { Sentence } from '../parse/sentences.js';
import { readHeader, type Header } from './header.js';
import { buildOutline, type Outline } from './outline.js';
import { templateFits } from './template-fit.js';
import type { TextLine } from '../parse/blocks.js';
import { chooseTemplate, type TemplateChoice, type TemplateSource } from './choose-template.js';
import { blankTemplate, byBlankTemplate } from './blank-template.js';
import {
  bodySignals,
  byBody,
  byCommission,
  byHeader,
  byNoticeOpening,
  byOpening,
  bySection,
  bySalutation,
  byTitle,
  commissionedBy,
  findTitle,
  hasOwnTitle,
  headerFields,
  noticeOpening,
  noticeSalutation,
  rectificationAnswered,
  byRectification,
  openingPair,
  byOpeningPair,
  byOtherDocument,
  otherDocumentTitle,
  openingSentence,
  selfEvaluationSection,
  RECOGNITION,
  type Recognition,
  type TitleEvidence,
} from './recognise.js';

export type { TemplateSource };

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
  /**
   * The outline is built as the template's is (template-fit.ts): its numbering is judged against the
   * template; otherwise on its own sequence. Stricter than `templateChoice.fits` (which outline matches
   * best, by headings and aliases): a chosen template may fit by its titles yet be written at other levels.
   */
  templateFits: boolean;
  /**
   * The template is the author's (front matter, --template) or the default one, whose outline the
   * project has checked on many reports. A province's outline chosen by matching is a good guess, not
   * a certainty: the numbers and sections it would write are offered, never applied by --fix.
   */
  templateTrusted: boolean;
  /** Which template, why, and whether it fits the report well enough to judge its sections by. */
  templateChoice: { source: TemplateSource; fits: boolean; reason: Localized };
  /** Why the text is a report, or why not. */
  recognition: Recognition;
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
  /** The parser's chunks (parse/chunks.ts): what the rules that read one chunk at a time are run on (chunkReport). */
  chunks: readonly ChunkView[];
  /**
   * Built with a parser kept for the next version (ModelOptions.parser): the text will be checked again after edits, and
   * what is read of it may be kept for then. A report checked once (the CLI) keeps nothing that no later check can reuse.
   */
  editable: boolean;
}

export interface ModelOptions {
  registry: TemplateRegistry;
  /** A template chosen by the user for every document (CLI --template); front matter still wins. */
  templateId?: string;
  /** The document's parser from the previous version: only what an edit touched is parsed again. */
  parser?: IncrementalParser;
  /** A province (jixiao.region): only its templates and the national ones are chosen from. */
  region?: string;
  /** Read the outline only, not the sentences, 文号 and dates (documents above the size limit). */
  structureOnly?: boolean;
}

/**
 * The sentences with budget totals or parts, kept per chunk and as one list per list of sentences with numbers: the same
 * list (the same object) while those sentences are, and the budget rules keep their work on it (parse/picked-lines.ts's
 * numberedList; a keystroke in a budget sentence visits the chunks parsed again, not every sentence with numbers).
 */
const budgetSentencesOf = numberedList(pickedNumbered((s) => budgetAmounts(s).length > 0));

/** Why the text is a report or not: front matter, then a notice's or a report's title, its header block, its outline, its body. */
function recognise(choice: TemplateChoice, title: TitleEvidence | undefined, lines: TextLine[], namedTemplate: boolean): Recognition {
  if (choice.source === 'front-matter' || namedTemplate) {
    return { isReport: true, by: 'front-matter', reason: { zh: '前置元数据指定了模板', en: 'the front matter names a template' } };
  }
  // a third party's evaluation report names itself 绩效评价报告 as a self-evaluation might: its header says who evaluated
  const commission = title?.kind === 'notice' ? undefined : commissionedBy(lines, title);
  if (commission) return byCommission(commission);
  // an essay site heads a notice with its own words (债券绩效评价报告1): the notice's opening says what it is
  const notice = title?.kind === 'notice' ? undefined : noticeOpening(lines);
  if (notice && title) return byNoticeOpening(notice);
  // a text written down to many units (各…:) is the issuer's, whatever its title says (贺兰 2019: the finance bureau's
  // evaluation of a fund, titled …绩效评价报告, sent to 各相关单位): a self-evaluation goes up to the finance bureau
  const salutation = title?.kind === 'notice' ? undefined : noticeSalutation(lines);
  if (salutation) return bySalutation(salutation);
  // a blank outline or a form's instructions, titled as the report it is for: its note says so, and no figure is filled in
  const blank = blankTemplate(lines);
  if (blank) return byBlankTemplate(blank);
  // a report word over a rectification's self-check (…项目自评报告 answering a 专项整改 notice): what it answers says
  const rectification = title?.kind === 'report' ? rectificationAnswered(lines, title.text) : undefined;
  if (rectification) return byRectification(rectification);
  if (title) return byTitle(title);
  if (notice) return byNoticeOpening(notice);
  const fields = headerFields(lines);
  if (fields.length >= RECOGNITION.minHeaderFields) return byHeader(fields);
  if (choice.outlineIsReport && !choice.opening && !choice.marks) {
    return {
      isReport: true,
      by: 'outline',
      reason: {
        zh: `提纲与模板“${choice.template.name.zh}”相符（${choice.match.sections} 个章节）`,
        en: `the outline matches the template “${choice.template.name.en}” (${choice.match.sections} sections)`,
      },
    };
  }
  // a Markdown document titled by a `#` heading naming no report (a README, a rule page) quotes report words: none is evidence
  const quoting = hasOwnTitle(lines);
  // a top-level heading only a self-evaluation's outline has; a document quoting such outlines (a rule page) is none
  if (choice.marks && !quoting) {
    const list = choice.marks.map((h) => `“${h}”`).join('');
    return {
      isReport: true,
      by: 'outline',
      reason: {
        zh: `没有标题，但一级标题${list}只见于模板“${choice.template.name.zh}”这样的自评报告提纲`,
        en: `no title, but its headings ${list} belong only to a self-evaluation's outline, that of “${choice.template.name.en}”`,
      },
    };
  }
  const section = quoting ? undefined : selfEvaluationSection(lines);
  if (section) return bySection(section);
  const opening = quoting ? undefined : openingSentence(lines);
  if (opening) return byOpening(opening);
  // weaker than its own words: an excerpt's first two headings that open a template's outline
  if (choice.opening && !quoting) {
    const [top, sub] = choice.opening;
    return {
      isReport: true,
      by: 'outline',
      reason: {
        zh: `开头的“${top}”“${sub}”是模板“${choice.template.name.zh}”提纲的开头`,
        en: `it opens with “${top}” “${sub}”, the start of the outline of “${choice.template.name.en}”`,
      },
    };
  }
  const pair = quoting ? undefined : openingPair(lines);
  if (pair) return byOpeningPair(pair);
  // a 决算 or a 预算 titled so reports on its 预算绩效 in the words of a self-evaluation: they are not evidence of one
  const other = quoting ? undefined : otherDocumentTitle(lines);
  if (other) return byOtherDocument(other);
  // read last and only here: most texts are recognised above, and this reads up to bodyChars of the text
  const { closest } = choice;
  const body = quoting ? undefined : byBody(bodySignals(lines, { sections: closest.match.sections, template: closest.template.name }));
  if (body) return body;
  return {
    isReport: false,
    reason: {
      zh: `开头没有自评报告的标题或封面栏目，提纲也不合任何模板（最多 ${closest.match.sections} 个章节相符）`,
      en:
        'no self-evaluation title or header block at the start, ' +
        `and the outline matches no template (${closest.match.sections} sections at most)`,
    },
  };
}

export function buildReport(text: string, options: ModelOptions): Report {
  const frontMatter = readFrontMatter(text);
  const facts = (options.parser ?? new IncrementalParser(true)).update(text, frontMatter.end, !options.structureOnly);
  const index = LineIndex.fromStarts(facts.lineStarts, text.length, text);
  const parsed: ParsedDocument = { blocks: facts.blocks, lines: facts.lines, comments: facts.comments, opaque: facts.opaque };
  const { registry } = options;

  let fixed: { template: Template; source: 'front-matter' | 'option' } | undefined;
  let unknownTemplate: Report['unknownTemplate'];
  const fmTemplate = frontMatter.fields.get('template');
  if (fmTemplate) {
    const named = registry.get(fmTemplate.value);
    if (named) fixed = { template: named, source: 'front-matter' };
    else unknownTemplate = { id: fmTemplate.value, start: fmTemplate.start, end: fmTemplate.end };
  }
  if (!fixed && options.templateId) {
    const chosen = registry.get(options.templateId);
    if (chosen) fixed = { template: chosen, source: 'option' };
  }
  const title = findTitle(parsed.lines);
  const region = options.region;
  const candidates = registry.list().filter((t) => !region || t.provinces.length === 0 || t.provinces.includes(region));
  const choice = chooseTemplate({
    lines: parsed.lines,
    candidates,
    fallback: registry.default,
    ...(fixed ? { fixed } : {}),
    ...(title?.kind === 'report' ? { title: title.text } : {}),
  });
  const { template } = choice;
  // a template that does not fit, or one inside a larger document, leaves the headings their own levels
  const ownLevels = !choice.fits || template.numbering === 'document';
  const outline = buildOutline(parsed.lines, template, text, ownLevels, options.parser ? facts.chunks : undefined);
  const header = readHeader(parsed.lines, outline.bodyStart, text);
  const recognition = recognise(choice, title, parsed.lines, unknownTemplate !== undefined);

  const report: Report = {
    text,
    index,
    frontMatter,
    parsed,
    template,
    // a template the chooser found not to fit never judges the numbers, however many of its sections the outline names
    templateFits: choice.fits && templateFits(outline, parsed.lines, template),
    templateTrusted: choice.source === 'front-matter' || choice.source === 'option' || template === registry.default,
    templateSource: choice.source,
    templateChoice: { source: choice.source, fits: choice.fits, reason: choice.reason },
    recognition,
    isReport: recognition.isReport,
    availableTemplates: registry.list().map((t) => t.id),
    outline,
    header,
    sentences: facts.sentences,
    numbered: facts.numbered,
    budgetSentences: budgetSentencesOf(facts.numbered, facts.chunks),
    docNumbers: facts.docNumbers,
    dates: facts.dates,
    // a report of no headings (a form of labelled fields, 青衣 2023, made up) states its result in its body all the same
    assessment: readAssessment(text, outline.headings.length > 0 ? outline.bodyStart : 0, template, options.parser),
    chunks: facts.chunks,
    // in the literal, not added after: reports with and without a parser keep one shape (property reads stay monomorphic)
    editable: options.parser !== undefined,
  };
  if (unknownTemplate) report.unknownTemplate = unknownTemplate;
  return report;
}

/**
 * The report as a rule that reads one chunk at a time sees it (`scope: 'chunk'` in rules/rule.ts): the
 * chunk's lines, blocks, sentences, 文号 and dates, with everything else — the text, the template, the
 * outline — the whole report's. Offsets stay the document's; a sentence's `block` stays the document's
 * block index (a key, not an index into this view's blocks).
 */
export function chunkReport(report: Report, chunk: ChunkView): Report {
  const { blocks, lines, comments, opaque } = chunk;
  return {
    ...report,
    parsed: { blocks, lines, comments, opaque },
    sentences: chunk.sentences,
    numbered: chunk.numbered,
    budgetSentences: budgetSentencesOf(chunk.numbered, [chunk]),
    docNumbers: chunk.docNumbers,
    dates: chunk.dates,
    chunks: [chunk],
  };
}
