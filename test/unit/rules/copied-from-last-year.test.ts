// copied-from-last-year (issue 16 §3): a report held against last year's of the same unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, readExample } from '../../helpers.js';

const RULE = 'copied-from-last-year';
const R2019 = readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md');
const R2023 = readExample('2023-湛江市科学技术局-整体绩效自评报告.md');
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

test('湛江科技局 2023 against its 2019 report: the four problems and measures copied word for word, each quoting 2019', () => {
  const found = findingsOf(R2023, RULE, { previous: R2019 });
  assert.deepEqual(
    found.map((f) => [lineOf(R2023, f.span.start), f.severity]),
    [
      [173, 'warning'],
      [179, 'warning'],
      [181, 'warning'],
      [183, 'warning'],
    ],
  );
  assert.match(
    found[0]?.message.zh ?? '',
    /^与上年报告的原话相同，上年写作「1、制度完善、经费审批、规范支出标准与范围、业务学习有待进一步加强,预算编制的合理性有待提高。」/,
  );
  assert.match(found[0]?.message.en ?? '', /^The same words as last year’s report/);
  // item 2 of 存在问题 keeps 2019's first sentence and explains something else: not the same item
  assert.ok(!found.some((f) => lineOf(R2023, f.span.start) === 175));
});

/** Made up: the 2023 report carried forward into a 2024 draft, only its years changed. */
const DRAFT_2024 = R2023.replace('评价年度：2023 年度', '评价年度：2024 年度').replace('现将 2023 年度', '现将 2024 年度');

test('made up: a 2024 draft carried forward from 2023 — its problems and measures, its figures and its notice', () => {
  const found = findingsOf(DRAFT_2024, RULE, { previous: R2023 });
  const copied = found.filter((f) => f.message.zh.startsWith('与上年报告的原话相同'));
  const figures = found.filter((f) => f.message.zh.startsWith('这句连同其中的数字与上年报告一字不差'));
  const notice = found.filter((f) => f.message.zh.startsWith('引用的自评通知文号「湛财绩〔2024〕5 号」与上年报告相同'));
  assert.equal(copied.length, 5, '两条存在问题、三条改进措施');
  assert.ok(figures.length >= 5, `figures carried over: ${figures.length}`);
  assert.ok(figures.every((f) => f.severity === 'information'));
  assert.equal(notice.length, 1);
  assert.equal(copied.length + figures.length + notice.length, found.length);
});

test('made up: a 2024 draft written anew — new problems and measures, new figures, a new notice — gets nothing', () => {
  const head = DRAFT_2024.indexOf('### （四）部门整体支出绩效管理存在问题');
  const rewritten =
    DRAFT_2024.slice(0, head)
      // every figure of the year changed (each digit moved on by one), the notice's year and number too
      .replace(/[0-9]/g, (d) => String((Number(d) + 1) % 10))
      .replace('评价年度：3135 年度', '评价年度：2024 年度') +
    '### （四）部门整体支出绩效管理存在问题\n\n1、项目申报审核周期偏长，部分专项资金下达时间较晚，影响了年内支出进度。\n\n' +
    '### （五）改进措施\n\n1、提前组织项目储备和评审，专项资金在上半年下达到位，按月通报支出进度。\n';
  assert.deepEqual(findingsOf(rewritten, RULE, { previous: R2023 }), []);
});

test('no previous report, or one of the same or a later year: nothing to compare', () => {
  assert.deepEqual(findingsOf(R2023, RULE), []);
  assert.deepEqual(findingsOf(R2023, RULE, { previous: R2023 }), []);
  assert.deepEqual(findingsOf(R2019, RULE, { previous: R2023 }), []);
});

test('made up: both years cite the same standing 推进方案 (印发…的通知, a rule in force for years): not last year’s notice', () => {
  const standing = '《湛江市财政局关于印发〈湛江市全面实施预算绩效管理工作推进方案〉的通知》(湛财绩〔2020〕18 号)';
  const cite = (text: string): string =>
    text.replace('《湛江市财政局关于开展 2024 年市级财政资金绩效自评工作的通知》(湛财绩〔2024〕5 号)', standing);
  const found = findingsOf(cite(DRAFT_2024), RULE, { previous: cite(R2023) });
  assert.ok(found.length > 0); // the copied problems and figures are still found
  assert.deepEqual(
    found.filter((f) => f.message.zh.startsWith('引用的自评通知文号')),
    [],
  );
});
