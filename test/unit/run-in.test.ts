// Text that lost its line breaks (issue 14 part 4): numbered items run into one line are read as lines
// of their own, at their exact offsets, on the corpus's flattened web and PDF texts; numbers in prose
// stay prose.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../server/src/engine/model/report.js';
import { readingOf } from '../../server/src/engine/parse/blocks.js';
import { runInStarts } from '../../server/src/engine/parse/run-in.js';
import { registry, ROOT } from '../helpers.js';

const corpus = (slug: string): string => readFileSync(join(ROOT, 'test/corpus', `${slug}.md`), 'utf8');
const WENCHUAN = corpus('2021-四川-汶川县食品监管补助-转移支付');
const MAOMING = corpus('2021-广东-茂名市发展和改革局-部门整体');

/** The lines the model reads, each checked against the text at its offsets. */
function linesOf(text: string): { text: string; marker: string; title: string; first: boolean }[] {
  const { parsed } = buildReport(text, { registry });
  return parsed.lines.map((l) => {
    assert.equal(text.slice(l.start, l.end), l.text, `line at ${l.start} is not the text at its offsets`);
    const head = readingOf(l).head;
    return { text: l.text, marker: head.marker?.text ?? '', title: head.title, first: l.first };
  });
}

/** What a line of made-up prose splits into, by marker: the texts of the items after the first. */
const runIns = (s: string): string[] => runInStarts(s).map((at) => s.slice(at, at + 6));

describe('run-in: a report flattened to one line is read as its sequence of sections', () => {
  test('汶川 2021 (one line of 1518 characters): 一、 (一) 二、 (一) (二) 三、, in order, each at its own offsets', () => {
    const lines = linesOf(WENCHUAN);
    assert.deepEqual(
      lines.map((l) => l.marker),
      ['', '一、', '(一)', '二、', '(一)', '(二)', '三、'],
    );
    assert.ok(
      lines.slice(1).every((l) => l.first),
      'items of a run-in outline start paragraphs',
    );
    assert.equal(lines[1]?.title, '绩效目标分解下达情况');
    // a run-in title ends at a comma: the body follows without a 。
    assert.equal(lines[4]?.title, '资金投入情况分析');
    // 3.项目资金管理情况分析 comes after a comma with no 1. or 2. before it: prose, not an item
    assert.ok(lines[4]?.text.includes(',3.项目资金管理情况分析,'));
  });

  test('茂名 2021 (PDF text, one line): a run-in title ends at the space before its body; 1、 to 9、 are the items of （三）', () => {
    const lines = linesOf(MAOMING);
    assert.deepEqual(
      lines.map((l) => l.marker),
      ['', '', '一、', '(一)', '(二)', '(三)', '1、', '2、', '3、', '4、', '5、', '6、', '7、', '8、', '9、', '(四)'],
    );
    assert.equal(lines[3]?.title, '部门职能');
    assert.equal(lines[4]?.title, '设置机构及人员情况');
    assert.equal(lines[15]?.title, '部门整体支出绩效目标');
  });

  test('a list run into a paragraph (岳阳 2018, line 60: 1.…。2.…。) is split into items that do not start paragraphs', () => {
    const text = corpus('2018-湖南-岳阳市城市管理监督指挥中心-部门整体');
    const items = linesOf(text).filter((l) => /^[0-9]\./.test(l.text));
    assert.deepEqual(
      items.map((l) => l.marker),
      ['1.', '2.', '3.', '4.', '4.', '5.'],
    );
    assert.deepEqual(
      items.map((l) => l.first),
      [true, false, false, false, false, false],
    );
  });

  test('the examples, written with line breaks, are not split', () => {
    for (const name of ['2019-湛江市科技局-整体绩效自评报告.md', '2023-湛江市科学技术局-整体绩效自评报告.md']) {
      const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
      assert.deepEqual(
        buildReport(text, { registry }).parsed.lines.filter((l) => l.inLine),
        [],
      );
    }
  });
});

describe('run-in: numbers in prose are not items', () => {
  test('统一、 in 红河 2024 (构建标准统一、布局合理): no 二、 follows, a word ends in 一', () => {
    const text = corpus('2024-云南-红河州数据发展中心-项目支出');
    assert.ok(text.includes('构建标准统一、布局合理'));
    assert.deepEqual(
      buildReport(text, { registry }).parsed.lines.filter((l) => l.inLine),
      [],
    );
  });

  // made-up sentences in the wording of the reports
  test('如一、二季度 · 第一、二批 · 一、二、三产业: a numeral or 第 next to the 、', () => {
    assert.deepEqual(runIns('项目进度偏慢。如一、二季度支出较少。'), []);
    assert.deepEqual(runIns('完成情况：第一、二批项目均已验收。'), []);
    assert.deepEqual(runIns('支持一、二、三产业融合发展。'), []);
  });

  test('a title opening with a word that starts with a numeral is an item: 五、一般公共预算… (怀集 2019 决算 contents)', () => {
    const line =
      '目录 一、收入支出决算总表 二、收入决算表 三、支出决算表 四、财政拨款收入支出决算总表 五、一般公共预算财政拨款支出决算表 六、一般公共预算财政拨款基本支出决算表 七、政府性基金预算财政拨款收入支出决算表';
    assert.deepEqual(runIns(line), [
      '一、收入支出',
      '二、收入决算',
      '三、支出决算',
      '四、财政拨款',
      '五、一般公共',
      '六、一般公共',
      '七、政府性基',
    ]);
  });

  test('（一） in a citation: 第三十二条（一）项, 《办法》（一）', () => {
    assert.deepEqual(runIns('依据《预算法》第三十二条（一）项规定执行。'), []);
    assert.deepEqual(runIns('按照《资金管理办法》（一）的要求拨付。'), []);
  });

  test('1. in decimals and dates: 1.5 万元, 2021.1, v1.', () => {
    assert.deepEqual(runIns('资金到位1.5万元，于2021.1拨付。'), []);
    assert.deepEqual(runIns('系统升级至v1.完成。'), []);
  });

  test("made up (s24): a number that opens a cell of a row written as text (a 决算 总表 without its Markdown rule) is the column's own", () => {
    // 永善 2021's shape: the income column numbers 二、 and the expenditure column 二、 again, both read as the line's items before
    assert.deepEqual(runIns('二、政府性基金预算财政拨款收入 | 2 | 二、外交支出 | 32 | ||'), []);
    assert.deepEqual(runIns('三、国有资本经营预算财政拨款收入 | 3 |  三、国防支出 | 33 | ||'), []);
    // the same numbers after a sentence, not a cell, are still items run in
    assert.deepEqual(runIns('一、收入情况如下。二、支出情况。三、结余情况。'), ['二、支出情况', '三、结余情况']);
  });

  test('an item out of order is taken only after a sentence end: 1.…。1.… is a new list, …，3.… is prose', () => {
    assert.deepEqual(runIns('主要工作：1.完成采集。2.完成考核。4.完成处理。'), ['1.完成采集', '2.完成考核', '4.完成处理']);
    assert.deepEqual(runIns('资金管理情况分析，3.项目资金管理情况。'), []);
  });
});

test('a table row whose cell lists an outline (this README, 模板 table) stays one line: cells hold no headings', () => {
  const row = '| `sc-department-overall` | 四川 | 一、单位概况 二、部门财政资金收支情况 三、部门财政支出管理情况 四、评价结论及建议 |';
  assert.deepEqual(
    linesOf(`# 模板\n\n| id | 省份 | 提纲 |\n|---|---|---|\n${row}\n`).map((l) => l.text),
    ['模板', '| id | 省份 | 提纲 |', '|---|---|---|', row],
  );
});
