// Heading numbers session 19 read on the report's own sequence: the false alarms of its fresh set, each a shape of
// correct text — a top-level number with a space before its 、 (parse/markers.ts), an item whose text starts with
// figures (`2.164个…`), a list whose first item runs in after a label (`备注:1.…`; model/own-numbering.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, findingsOf, spanText } from '../../helpers.js';
import { tuneText } from './_tune.js';
import { readLineHead } from '../../../server/src/engine/parse/markers.js';

const RULE = 'heading-numbering';
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县林业局2024年度项目支出绩效自评报告\n\n${body}\n`;
const asPublished = (slug: string): { text: string; zh: string[] } => {
  const text = tuneText(slug);
  const fs = check(text).filter((f) => f.ruleId === RULE);
  return { text, zh: fs.map((f) => `${spanText(text, f)} ${f.message.zh}`) };
};

test('城陵矶 2023 (tune corpus, annotated): `四 、国有资本…` has its number; the `四、` after it repeats it', () => {
  const { zh } = asPublished('2023-湖南-城陵矶新港区政务服务中心-部门整体');
  assert.equal(zh.length, 1, zh.join('\n'));
  assert.ok((zh[0] as string).startsWith('四、 ') && (zh[0] as string).includes('应为「五、」'), zh[0]);
});

test('made up: `四 、` at a line’s start is the number 四, with its 、; a numeral spaced from other text is not', () => {
  const m = readLineHead('四 、国有资本经营预算支出情况').marker;
  assert.equal(m?.level, 1);
  assert.equal(m?.value, 4);
  assert.equal(m?.text, '四 、');
  assert.equal(readLineHead('一 个项目、两个单位').marker, undefined);
  assert.equal(readLineHead('统一 、规范').marker, undefined);
});

test('盐边 2021 (tune corpus, annotated as found nothing): 1. `2.164个农家书屋…` 3. 4. — item 2 starts with figures', () => {
  assert.deepEqual(asPublished('2021-四川-盐边公共文化-转移支付').zh, []);
});

test('made up: an item that starts with figures fills the gap; a skip with no such line is still told', () => {
  const figures = plain('一、基本情况\n\n1.完成培训。\n\n2.5万元用于购置设备。\n\n3.完成验收。');
  assert.deepEqual(findingsOf(figures, RULE), []);
  const skipped = plain('一、基本情况\n\n1.完成培训。\n\n购置设备2.5万元。\n\n3.完成验收。');
  // the line between lost its 2. (or the 3. skips): told either way
  assert.ok(findingsOf(skipped, RULE).some((f) => f.message.zh.includes('「2.')));
});

test('保山 退役军人 2022 (tune corpus): `备注:1.预算执行情况口径…` then `2.定量指标…` is a list of its own, no repeat', () => {
  const { zh } = asPublished('2022-云南-保山市退役军人事务局春节走访慰问-自评表');
  assert.deepEqual(
    zh.filter((x) => x.includes('定量指标')),
    [],
  );
});

test('made up: a list run in after a label starts afresh; a 2. after 1、 2、 with no such label is still a repeat', () => {
  const head = '一、基本情况\n\n1、完成培训。\n\n2、完成验收。\n\n';
  const label = plain(`${head}备注:1.预算数为调整后总额。\n2.定量指标绝对值直接累加。`);
  assert.deepEqual(findingsOf(label, RULE), []);
  const bare = plain(`${head}本项目预算数为调整后总额1.5万元。\n2.定量指标绝对值直接累加。`);
  assert.ok(findingsOf(bare, RULE).some((f) => f.message.zh.includes('重复')));
});

test('同德镇 2021 (tune corpus, annotated): `1使…` `2困难…` `3覆盖…` `4采用…` — one finding per list, on its first number', () => {
  const { text, zh } = asPublished('2021-四川-同德镇临时救助-项目支出');
  const lists = zh.filter((x) => x.includes('这一列表的编号'));
  assert.equal(lists.length, 2, lists.join('\n'));
  assert.ok((lists[0] as string).includes('请逐项写作「1.」「2.」「3.」「4.」'), lists[0]);
  // the second list's 2 is figure-led (`220211231日…`): it holds its place
  assert.ok((lists[1] as string).includes('「1.」「2.」「3.」'), lists[1]);
  assert.ok(text.includes('\n220211231日'));
});

test('made up, silent: two glued lines, figures with their units, 1 2 4 out of order, a list with text between', () => {
  for (const body of [
    '(一)职能职责\n\n1负责全区生活垃圾清运工作。\n\n2开展垃圾无害化处理和综合利用。',
    '(一)人员情况\n\n1人因病休假。\n\n2人调出。\n\n3人退休。',
    '(一)职能职责\n\n1负责清运工作。\n\n2开展无害化处理。\n\n4负责设施维护。',
    '(一)职能职责\n\n1负责清运工作。\n本单位人员5人。\n2开展无害化处理。\n\n3负责设施维护。',
  ]) {
    assert.deepEqual(
      findingsOf(plain(body), RULE).filter((f) => f.message.zh.includes('这一列表的编号')),
      [],
      body,
    );
  }
});

test('made up: three glued items under a 1. heading are to be written (1) (2) (3)', () => {
  const text = plain('一、基本情况\n\n1.职能职责\n\n1负责清运工作。\n\n2开展无害化处理。\n\n3负责设施维护。');
  const fs = findingsOf(text, RULE).filter((f) => f.message.zh.includes('这一列表的编号'));
  assert.equal(fs.length, 1);
  assert.ok((fs[0] as { message: { zh: string } }).message.zh.includes('「(1)」「(2)」「(3)」'));
  assert.equal((fs[0] as { related?: unknown[] }).related?.length, 2);
});

test('共青团保山 2019 (tune corpus, annotated): (一)准备阶段 (二)实施阶段 then `3.整改阶段` `4.总结阶段` — counted on as (三) (四)', () => {
  const { zh } = asPublished('2019-云南-共青团保山市委志愿服务-项目支出');
  const carried = zh.filter((x) => x.includes('换成了下一级的写法'));
  assert.equal(carried.length, 1, carried.join('\n'));
  assert.ok((carried[0] as string).startsWith('3. ') && (carried[0] as string).includes('应为「(三)整改阶段'), carried[0]);
  assert.ok((carried[0] as string).includes('「4.」也应依次改为「(四)」'), carried[0]);
});

test('made up, silent: 3. that goes on from 1. 2. before the (二), a list under (二) from 1, a paragraph numbered 3.', () => {
  for (const body of [
    '一、基本情况\n\n(一)准备阶段\n\n1.学习规定\n\n2.确定范围\n\n(二)实施阶段\n\n3.下发通知\n\n4.安排工作',
    '一、基本情况\n\n(一)准备阶段\n\n正文。\n\n(二)实施阶段\n\n1.下发通知\n\n2.安排工作',
    '一、基本情况\n\n(一)准备阶段\n\n正文。\n\n(二)实施阶段\n\n3.下发通知，安排绩效自评工作，制定评价指标体系，组织各单位开展自评并汇总结果。',
  ]) {
    assert.deepEqual(
      findingsOf(plain(body), RULE).filter((f) => f.message.zh.includes('换成了下一级的写法')),
      [],
      body,
    );
  }
});

test('固镇 20xx (tune corpus, annotated): `(二)总体绩效目标完成情况分析。` then `(一)项目基本情况`, nothing between', () => {
  const { zh } = asPublished('20xx-安徽-固镇公共文化-转移支付');
  const back = zh.filter((x) => x.includes('同级编号又从头数起'));
  assert.equal(back.length, 1, back.join('\n'));
  assert.ok((back[0] as string).includes('请改用下一级编号「1.」') && (back[0] as string).includes('请改为「(三)」'), back[0]);
});

test('made up, silent: a contents’ last entry above the text’s first heading, 一、 after 十、, a (一) after a body', () => {
  for (const body of [
    '目录\n(一)部门概况\n(二)收支情况\n(三)绩效情况\n(一)部门概况\n\n本部门负责…',
    '目录\n九、附件\n十、决算公开表\n一、基本情况\n\n本部门负责…',
    '一、基本情况\n\n(一)部门概况\n\n正文。\n\n(二)收支情况\n\n正文。\n\n二、绩效情况\n\n(一)产出\n\n正文。',
  ]) {
    assert.deepEqual(
      findingsOf(plain(body), RULE).filter((f) => f.message.zh.includes('同级编号又从头数起')),
      [],
      body,
    );
  }
});

test('双清第一幼儿园 2023 (tune corpus, session 25): the duties listed (一)…(六) right under `(三)主要职能职责` are its list, not a going back', () => {
  const { zh } = asPublished('2023-湖南-双清区第一幼儿园-部门整体');
  assert.deepEqual(
    zh.filter((x) => x.includes('同级编号又从头数起')),
    [],
  );
  // made up: the same (一) under a (三) with a body after it, before its (二), is still a part written in its parent's form
  const part =
    '一、基本情况\n\n(一)机构\n\n正文。\n\n(二)人员\n\n正文。\n\n(三)主要职能职责\n(一)贯彻落实方针政策\n\n本单位负责全镇教育工作。\n\n(二)协助管理学校\n';
  assert.equal(findingsOf(plain(part), RULE).filter((f) => f.message.zh.includes('同级编号又从头数起')).length, 1);
});

test('made up: a `(一)、` run that lost a bracketed number leaves a 、 that is not the next top-level number', () => {
  const fixesTo = (body: string): string[] => findingsOf(plain(body), RULE).flatMap((f) => (f.fix?.edits ?? []).map((e) => e.newText));
  // 渌口 2020's shape with its (一) lost: the 、 stands before (二)、 (三)、, inside their run
  assert.ok(
    !fixesTo('一、工作开展情况\n\n、科普设施建设:更换宣传栏。\n\n(二)、科普宣传:开展活动5场次。\n\n(三)、科普活动:开展科普日。').includes(
      '二、',
    ),
  );
  // its (三) lost: after (二)、 written with a 、, the 、 left may be its sibling's as well as 二、's
  assert.ok(
    !fixesTo('一、工作开展情况\n\n(一)、科普设施建设:更换宣传栏。\n\n(二)、科普宣传:开展活动。\n\n、科普活动开展:开展科普日。').includes(
      '二、',
    ),
  );
  // 同德镇 2021's shape: sub-items with no 、 after their bracket, then `、项目绩效情况`: it lost a top-level number, 四 of the
  // 四川 项目支出 outline it follows (二、 三、 are missing-section's), put before the 、 it kept (session 39: not 四、、)
  assert.deepEqual(
    fixesTo('一、项目概况\n\n(一)项目基本情况。\n\n(二)项目绩效目标。\n\n、项目绩效情况\n\n正文。').filter((t) => !t.includes('\n')),
    ['四'],
  );
  // 岳阳县妇联 2023's shape (session 28: the safe-fix round trip took the (1) off `(1)、服务妇女儿童`, and the fix wrote
  // 三、): after a deeper item numbered with 、 (1、), the 、 left may be its sibling's, 2、, as well as 三、's
  const yueyang =
    '一、基本情况\n\n正文。\n\n二、预算支出情况\n\n(一)基本支出\n\n正文。\n\n1、项目资金实际使用情况分析\n\n、服务妇女儿童。推动规划落实。';
  assert.ok(!fixesTo(yueyang).includes('三、'), yueyang);
});
