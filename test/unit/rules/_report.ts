// A complete, clean 整体绩效自评报告 in the gd-department-overall outline (schemas/templates/
// gd-department-overall.json), modelled on the 2023 湛江市科学技术局 report. Every rule is silent on
// it in both heading styles, so a test can start from it and introduce exactly one defect.
//
//   cleanReport()                                  Markdown headings: ## 一、 / ### （一） / #### 1.
//   cleanReport({ style: 'plain', halfWidth: true, indent: '  ' })   plain numbered lines, (一), indented
//   cleanReport({ omit: ['results-key-projects'] })                   leave sections out
//   cleanReport({ bodies: { 'results-problems': '无。' } })           replace a section's body
//
// `edit(text, from, to)` replaces one exact occurrence and throws when `from` is absent or ambiguous,
// so a test can never silently fail to introduce its defect.

export type SectionId =
  | 'basic'
  | 'basic-functions'
  | 'basic-tasks'
  | 'basic-targets'
  | 'basic-budget'
  | 'self-eval'
  | 'self-eval-team'
  | 'self-eval-process'
  | 'self-eval-submission'
  | 'self-eval-disclosure'
  | 'results'
  | 'results-score'
  | 'results-indicators'
  | 'results-indicators-preparation'
  | 'results-indicators-execution'
  | 'results-indicators-supervision'
  | 'results-indicators-benefits'
  | 'results-key-projects'
  | 'results-problems'
  | 'results-measures';

interface Node {
  id: SectionId;
  title: string;
  body: string;
  children?: Node[];
}

export const NOTICE_TITLE = '湛江市财政局关于开展 2024 年市级财政资金绩效自评工作的通知';
export const NOTICE_DOC = '湛财绩〔2024〕5 号';
export const FILING_DATE = '2024 年 7 月 29 日';

export const BUDGET_BODY =
  '我局 2023 年收入总预算 3232.51 万元，其中：一般公共预算安排拨款 2932.51 万元，基金预算拨款 300.00 万元。' +
  '2023 年总支出 3232.51 万元，其中：一般公共预算支出 2932.51 万元，政府性基金支出 300.00 万元。';

export const SCORE_BODY = '经综合评价，我局 2023 年度部门整体支出绩效自评综合得分为 95 分，评价结果为“优”。全年圆满完成整体支出绩效目标。';

export const PROBLEMS_BODY = [
  '1、制度完善、经费审批、规范支出标准与范围、业务学习有待进一步加强，预算编制的合理性有待提高。',
  '2、抓紧项目进度管理，提高项目执行效率。',
].join('\n\n');

export const MEASURES_BODY = [
  '1、科学合理编制预算，并严格执行预算。要加强预算编制的前瞻性，综合上一年的预算执行情况和本年度收支预测科学、合理地编制本年度预算。',
  '2、完善制度，进一步加强资产管理。进一步贯彻落实中央“八项规定”，加强经费审批和控制，规范支出标准与范围，并严格执行。',
].join('\n\n');

export const EXECUTION_BODY = '2023 年我局预算数 3232.51 万元，实际支出 3232.51 万元，预算执行率 100%。';

export const KEY_PROJECTS_BODY =
  '湛江湾实验室建设项目年度预算 300.00 万元，实际支出 300.00 万元，执行率 100%，龙王湾研发基地一期工程顺利推进。';

function outline(): Node[] {
  return [
    {
      id: 'basic',
      title: '单位基本情况',
      body: '',
      children: [
        {
          id: 'basic-functions',
          title: '单位机构设置、部门职能情况',
          body: '湛江市科学技术局是市人民政府工作部门，正处级，设 8 个内设机构，核定行政编制 32 名，年末实有人员 30 人。主要职能是拟订全市科技创新规划和政策并组织实施，统筹推进全市创新体系建设和科技体制改革。',
        },
        {
          id: 'basic-tasks',
          title: '年度总体工作和重点工作任务',
          body: '2023 年，我局围绕建设区域科技创新中心，重点开展了以下工作：一是加快湛江湾实验室建设；二是推动国家高新区高质量发展；三是培育高新技术企业，全年新增高新技术企业 88 家。',
        },
        {
          id: 'basic-targets',
          title: '部门整体支出绩效目标',
          body: '根据部门预算批复，我局 2023 年度整体支出绩效目标为：一是全市高新技术企业总数达到 560 家；二是技术合同登记达到 600 份；三是湛江湾实验室龙王湾研发基地一期工程如期推进。',
        },
        { id: 'basic-budget', title: '部门整体支出情况', body: BUDGET_BODY },
      ],
    },
    {
      id: 'self-eval',
      title: '自评工作开展情况',
      body: '',
      children: [
        {
          id: 'self-eval-team',
          title: '评价小组情况',
          body: '我局成立了以分管副局长为组长、办公室主任为副组长、各业务科室负责人为成员的绩效自评工作小组，负责本次自评工作。',
        },
        {
          id: 'self-eval-process',
          title: '自评工作过程',
          body: `根据市财政局《${NOTICE_TITLE}》（${NOTICE_DOC}）要求，我局制定了自评工作方案，明确分工，通过查阅资料、核实有关账务及项目执行情况、填报自评表格并综合分析，完成了本次绩效自评工作。`,
        },
        {
          id: 'self-eval-submission',
          title: '自评材料报送时间及质量',
          body: '我局于 2024 年 7 月 31 日前通过预算绩效管理系统报送 2023 年度部门整体支出绩效自评材料，并对所报送自评材料的真实性、完整性、一致性、规范性负责。',
        },
        {
          id: 'self-eval-disclosure',
          title: '自评材料报送及公开一致情况',
          body: '我局所报送的自评报告、数据表、评分表与公开的自评报告、数据表、评分表一致，已于 2024 年 8 月 15 日在本局门户网站公开。',
        },
      ],
    },
    {
      id: 'results',
      title: '绩效自评情况',
      body: '',
      children: [
        { id: 'results-score', title: '自评结果', body: SCORE_BODY },
        {
          id: 'results-indicators',
          title: '部门整体支出绩效指标分析',
          body: '对照《整体绩效自评指标评分表》逐项分析各指标完成情况如下。',
          children: [
            {
              id: 'results-indicators-preparation',
              title: '预算编制情况',
              body: '我局根据年度重点工作任务编制部门预算，预算编制科学合理，绩效目标明确。',
            },
            { id: 'results-indicators-execution', title: '预算执行情况', body: EXECUTION_BODY },
            {
              id: 'results-indicators-supervision',
              title: '预算监督情况',
              body: '我局按规定公开部门预算、决算和绩效信息，接受社会监督。',
            },
            {
              id: 'results-indicators-benefits',
              title: '预算使用效益',
              body: '全年新增高新技术企业 88 家，技术合同登记 632 份，较好地完成了年度绩效目标。',
            },
          ],
        },
        { id: 'results-key-projects', title: '部门重点项目支出绩效情况', body: KEY_PROJECTS_BODY },
        { id: 'results-problems', title: '部门整体支出绩效管理存在问题', body: PROBLEMS_BODY },
        { id: 'results-measures', title: '改进措施', body: MEASURES_BODY },
      ],
    },
  ];
}

export interface ReportOptions {
  /** `markdown`: `## 一、` / `### （一）` / `#### 1.` headings; `plain`: numbered paragraphs. */
  style?: 'markdown' | 'plain';
  /** `(一)` instead of `（一）`. */
  halfWidth?: boolean;
  /** Leading whitespace of every paragraph (plain style only). */
  indent?: string;
  /** Sections left out (with their children). */
  omit?: SectionId[];
  /** Section bodies replaced (paragraphs separated by a blank line). */
  bodies?: Partial<Record<SectionId, string>>;
  /** Front matter lines (without the `---` fences). */
  frontMatter?: string[];
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function marker(level: number, n: number, halfWidth: boolean): string {
  const [o, c] = halfWidth ? ['(', ')'] : ['（', '）'];
  if (level === 1) return `${CN[n]}、`;
  if (level === 2) return `${o}${CN[n]}${c}`;
  return `${n}.`;
}

/** The clean report text. Paragraphs are separated by one blank line; the text ends with a line break. */
export function cleanReport(options: ReportOptions = {}): string {
  const style = options.style ?? 'markdown';
  const halfWidth = options.halfWidth ?? false;
  const indent = style === 'plain' ? (options.indent ?? '') : '';
  const omit = new Set(options.omit ?? []);
  const paras: string[] = [];
  const push = (s: string): void => {
    for (const p of s.split('\n\n')) paras.push(indent + p);
  };

  if (options.frontMatter) paras.push(['---', ...options.frontMatter, '---'].join('\n'));
  push('附件 4');
  push(style === 'markdown' ? '# 整体绩效自评报告' : '整体绩效自评报告');
  push('评价年度：2023 年度');
  push('评价单位：湛江市科学技术局');
  push('市级预算部门单位（公章）：');
  push(`填报日期：${FILING_DATE}`);
  push(
    `根据《${NOTICE_TITLE}》（${NOTICE_DOC}）要求，我单位及时布置自评，成立自评工作小组，明确分工，落实责任，认真开展自评自查工作，经查阅、核实有关账务及项目等执行情况，填写自评表格并综合分析，形成本评价报告。现将 2023 ` +
      `年度湛江市科学技术局整体绩效自我评价报告如下：`,
  );

  const walk = (nodes: Node[], level: number): void => {
    let n = 0;
    for (const node of nodes) {
      if (omit.has(node.id)) continue;
      n++;
      const head = `${marker(level, n, halfWidth)}${node.title}`;
      paras.push(style === 'markdown' ? `${'#'.repeat(level + 1)} ${head}` : indent + head);
      const body = options.bodies?.[node.id] ?? node.body;
      if (body) push(body);
      if (node.children) walk(node.children, level + 1);
    }
  };
  walk(outline(), 1);
  return paras.join('\n\n') + '\n';
}

/** Replaces the one occurrence of `from`; throws when it occurs zero or several times. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`edit: ${JSON.stringify(from)} not found`);
  if (text.indexOf(from, at + 1) >= 0) throw new Error(`edit: ${JSON.stringify(from)} occurs more than once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Offset of the one occurrence of `s` (throws when absent or ambiguous). */
export function offsetOf(text: string, s: string): number {
  const at = text.indexOf(s);
  if (at < 0) throw new Error(`offsetOf: ${JSON.stringify(s)} not found`);
  if (text.indexOf(s, at + 1) >= 0) throw new Error(`offsetOf: ${JSON.stringify(s)} occurs more than once`);
  return at;
}
