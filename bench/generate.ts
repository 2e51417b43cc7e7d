// A deterministic generator of large, realistic reports for benchmarks and stress tests: the 2023
// example's outline and wording, with the long parts (职责 lists, 绩效目标 paragraphs, 重点项目) grown to
// the size asked for, budget sentences whose sums hold, and budget tables. Same size and seed, same text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** Mulberry32: a small seeded PRNG, so every run generates the same text (tests use it too). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function cn(n: number): string {
  if (n <= 10) return n === 10 ? '十' : (CN[n - 1] as string);
  if (n < 20) return `十${CN[n - 11]}`;
  return `${CN[Math.floor(n / 10) - 1]}十${n % 10 ? CN[(n % 10) - 1] : ''}`;
}

interface Pools {
  duties: string[];
  goals: string[];
}

function pools(): Pools {
  const text = readFileSync(join(ROOT, 'examples', '2023-湛江市科学技术局-整体绩效自评报告.md'), 'utf8');
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim().replace(/\n/g, ''));
  const duties = paragraphs
    .filter((p) => /^\((一|二|三|四|五|六|七|八|九|十)/.test(p) && p.length > 40 && !p.includes('突出'))
    .map((p) => p.replace(/^\([^)]+\)\s*/, ''));
  const goals = paragraphs.filter((p) => /^[（(][一二三四五六七][）)]\s*突出/.test(p)).map((p) => p.replace(/^[（(][^)）]+[)）]\s*/, ''));
  return { duties, goals };
}

function money(r: () => number, max: number): number {
  return Math.round(r() * max * 100) / 100;
}

/** A budget sentence on `subject` (the unit's total, or one project's: each says what it totals, as a report does). */
function budgetSentence(r: () => number, year: number, subject = '我局'): string {
  const general = money(r, 5000);
  const fund = money(r, 800);
  const total = (Math.round(general * 100) + Math.round(fund * 100)) / 100;
  const spentGeneral = Math.round(general * (0.8 + r() * 0.19) * 100) / 100;
  const spentFund = Math.round(fund * (0.7 + r() * 0.29) * 100) / 100;
  const spent = (Math.round(spentGeneral * 100) + Math.round(spentFund * 100)) / 100;
  return (
    `${subject} ${year} 年收入总预算 ${total.toFixed(2)} 万元，其中：一般公共预算安排拨款 ${general.toFixed(2)} 万元，基金预算拨款 ${fund.toFixed(2)} 万元。${year} 年总支出 ` +
    `${spent.toFixed(2)} 万元，一般公共预算支出 ${spentGeneral.toFixed(2)} 万元，政府性基金支出 ${spentFund.toFixed(2)} 万元。`
  );
}

function table(r: () => number, rows: number): string {
  const lines = ['| 项目名称 | 年初预算（万元） | 实际支出（万元） | 执行率 |', '|---|---|---|---|'];
  for (let i = 0; i < rows; i++) {
    const b = money(r, 900) + 10;
    const s = Math.round(b * (0.6 + r() * 0.39) * 100) / 100;
    lines.push(`| 科技专项${i + 1} | ${b.toFixed(2)} | ${s.toFixed(2)} | ${((s / b) * 100).toFixed(2)}% |`);
  }
  return lines.join('\n');
}

/** A report of about `bytes` UTF-8 bytes. */
export function generateReport(bytes: number, seed = 1): string {
  const r = rng(seed);
  const { duties, goals } = pools();
  const year = 2023;
  const head = [
    '附件 4',
    '# 整体绩效自评报告',
    `评价年度：${year} 年度`,
    '评价单位：湛江市科学技术局',
    '市级预算部门单位（公章）：',
    `填报日期：${year + 1} 年 7 月 29 日`,
    `根据《湛江市财政局关于开展 ${year + 1} 年市级财政资金绩效自评工作的通知》(湛财绩〔${year + 1}〕5 号)要求，我单位及时布置自评，成立自评工作小组，明确分工，落实责任，认真开展自评自查工作。现将 ${year} ` +
      `年度湛江市科学技术局整体绩效自我评价报告如下：`,
  ];
  // the fixed frame, then the growing parts share what is left of the size
  const frame = (dutyCount: number, goalCount: number, projects: number): string[] => {
    const out = [
      ...head,
      '## 一、单位基本情况',
      '### （一）单位机构设置、部门职能情况',
      '湛江市科学技术局是市人民政府工作部门，正处级，下设 8 个内设机构。',
    ];
    out.push('### （二）年度总体工作和重点工作任务', '主要职责是：');
    for (let i = 0; i < dutyCount; i++) out.push(`(${cn((i % 14) + 1)})${duties[i % duties.length]}`);
    out.push('### （三）部门整体支出绩效目标');
    for (let i = 0; i < goalCount; i++) out.push(`（${cn((i % 7) + 1)}）${goals[i % goals.length]}`);
    out.push('### （四）部门整体支出情况', budgetSentence(r, year));
    out.push(
      '## 二、自评工作开展情况',
      '### （一）评价小组情况',
      '组 长：罗林 党组成员、副局长',
      '### （二）自评工作过程',
      `经过全面详细分析评价，我局 ${year} 年部门财政支出绩效自评综合得分为 95 分，评价结果为“优”。`,
    );
    out.push(
      '### （三）自评材料报送时间及质量',
      '我局按时报送自评材料。',
      '### （四）自评材料报送及公开一致情况',
      '所报送的自评报告与公开的一致。',
    );
    out.push('## 三、绩效自评情况', '### （一）自评结果', '我局圆满完成整体支出绩效目标。', '### （二）部门整体支出绩效指标分析');
    out.push(
      '#### 1. 预算编制情况',
      '我局合理安排预算资金。',
      '#### 2. 预算执行情况',
      '预算执行符合规定。',
      '#### 3. 预算监督情况',
      '按规定公开预算。',
      '#### 4. 预算使用效益',
      '效益良好。',
    );
    out.push('### （三）部门重点项目支出绩效情况');
    for (let i = 0; i < projects; i++) {
      out.push(`项目${i + 1}：${budgetSentence(r, year, `科技专项${i + 1}`)}`);
      if (i % 5 === 0) out.push(table(r, 12));
    }
    out.push(
      '### （四）部门整体支出绩效管理存在问题',
      '1、制度完善、经费审批、规范支出标准与范围、业务学习有待进一步加强，预算编制的合理性有待提高。',
      '2、抓紧项目进度管理，提高项目执行效率。',
    );
    out.push(
      '### （五）改进措施',
      '1、科学合理编制预算，并严格执行预算。',
      '2、完善制度，进一步加强资产管理。',
      '3、加强新行政单位会计制度、新预算法及内控制度的学习培训。',
    );
    return out;
  };
  const base = Buffer.byteLength(frame(14, 7, 1).join('\n\n'));
  const unit = Buffer.byteLength(frame(28, 14, 6).join('\n\n')) - base; // what one step adds
  const steps = Math.max(0, Math.round((bytes - base) / Math.max(1, unit)));
  return frame(14 + 14 * steps, 7 + 7 * steps, 1 + 5 * steps).join('\n\n') + '\n';
}

if (process.argv[1] && process.argv[1].endsWith('generate.ts')) {
  process.stdout.write(generateReport(Number(process.argv[2] ?? 25_000), Number(process.argv[3] ?? 1)));
}
