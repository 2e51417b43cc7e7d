import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../helpers.js';

// Markdown files that are not 绩效自评报告 get no report findings at all, even when they contain
// text that would be a defect in a report (a 【】 文号, a wrong sum, a grade that does not fit).

const README = `# Jixiao 绩效自评报告检查

Checks 绩效自评报告 written in Markdown: outline, numbering, sums, score and grade, 文号 and years.

## 安装

\`\`\`sh
npm install -g jixiao
\`\`\`

## 使用

\`\`\`sh
jixiao check examples/
\`\`\`

报告示例：

\`\`\`markdown
## 一、单位基本情况

### （一）单位机构设置、部门职能情况

### （三）部门整体支出情况

我局 2022 年收入总预算 3232.51 万元，其中：一般公共预算安排拨款 2932.51 万元，基金预算拨款 300.10 万元。

## 三、绩效自评情况

### （一）自评结果

综合得分为 85 分，评价结果为“优”。依据湛财绩【2020】6号。
\`\`\`

## 规则

| 规则 | 说明 |
| --- | --- |
| budget-total | 合计数不等于各部分之和 |
| doc-number | 文号写法 |

## License

MIT
`;

const MEETING_NOTE = `# 周例会记录（2024年06月03日）

一、上周工作完成情况

1. 完成科技项目中期检查 22 项。
2. 报送 2023 年度部门决算，收入总预算 3232.51 万元，一般公共预算拨款 2932.51 万元，基金预算拨款 300.10 万元。

二、本周工作安排

（一）做好绩效自评材料准备，按湛财绩【2024】05号通知要求报送。

（三）组织高新技术企业认定培训。

四、其他事项

无。
`;

/** A 工作总结 shares three common headings with the report outline, but is not a 绩效自评报告. */
const WORK_SUMMARY = `# 2023年科技局工作总结

一、基本情况

全年新增高新技术企业 88 家，技术合同登记 632 份。

二、存在问题

无。

三、改进措施

加强项目管理，提高资金使用效益。
`;

describe('not a report: zero findings', () => {
  test('a README with a report outline inside a code block and a rules table', () => {
    assert.deepEqual(check(README), []);
  });

  test('a meeting note with 一、二、 lists, a 【】 文号, a wrong sum and a zero-padded date', () => {
    assert.deepEqual(check(MEETING_NOTE), []);
  });

  test('a 工作总结 with 一、基本情况 / 二、存在问题 / 三、改进措施', () => {
    assert.deepEqual(check(WORK_SUMMARY), []);
  });

  test('an empty file, whitespace only, front matter only', () => {
    assert.deepEqual(check(''), []);
    assert.deepEqual(check('\n\n  \n'), []);
    assert.deepEqual(check('\uFEFF'), []);
    assert.deepEqual(check('---\ntitle: 周例会\n---\n'), []);
  });

  test('CRLF versions', () => {
    assert.deepEqual(check(README.replace(/\n/g, '\r\n')), []);
    assert.deepEqual(check(MEETING_NOTE.replace(/\n/g, '\r\n')), []);
  });
});
