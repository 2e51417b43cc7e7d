// Rule documentation generated from the rules' own metadata: the README's rule table and the index
// docs/rules.md, both linking to each rule's hand-written page docs/rules/<id>.md. `npm run gen:docs`
// writes them; a test fails when they are out of date (test/unit/rule-pages.test.ts checks the pages).
import { fixesLabel, LEVELS, RULES } from '../server/src/engine/index.js';
import { replaceBetweenMarkers } from './markers.js';

const SEVERITY_ZH = { error: '错误', warning: '警告', information: '提示', hint: '建议' } as const;

export function ruleTable(): string {
  const rows = RULES.map((r) => {
    const fix = fixesLabel(r.fixes);
    return (
      `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${SEVERITY_ZH[r.severity]} (${r.severity}) | ` +
      `${r.description.zh}<br>${r.description.en} | ${fix ? `${fix.zh}<br>${fix.en}` : '—'} |`
    );
  });
  return ['| 规则 rule | 默认级别 default | 检查什么 what it checks | 修复 fix |', '|---|---|---|---|', ...rows].join('\n');
}

export function rulesPage(): string {
  const parts = [
    '# 规则 / Rules',
    '',
    '<!-- Generated from server/src/engine/rules/*.ts by `npm run gen:docs`. Do not edit. -->',
    '',
    '每条规则一页，有错误示例、正确示例、财政局为什么关心、怎样修复和怎样关闭。',
    'Each rule has a page with a wrong and a right example, why a finance bureau cares, its fix and how to turn it off.',
    '',
    '修复标为“自动”的，`jixiao check --fix` 和保存时修复（`source.fixAll.jixiao`）会直接应用；标为“需确认”的只作为快速修复（Ctrl+.）提供。',
    'Fixes marked *automatic* are applied by `jixiao check --fix` and fix-on-save (`source.fixAll.jixiao`); *on request* ones are ' +
      'quick fixes (Ctrl+.) only.',
    '',
    'Each rule is one file in `server/src/engine/rules/`. Severities can be changed or rules turned off with',
    `\`jixiao check --rule <id>=<${LEVELS.join('|')}>\` or the \`jixiao.rules\` setting in VS Code, and`,
    'silenced in place with `<!-- jixiao-disable-next-line <id> -->` or `<!-- jixiao-disable <id> -->` … `<!-- jixiao-enable <id> -->`.',
    '',
    '新增规则 / Adding a rule: the rule file in `server/src/engine/rules/` (with its `fixes` kinds), its line in',
    '`server/src/engine/rules/index.ts` and its page `docs/rules/<id>.md` (a wrong and a right example; the tests say what is',
    'missing). `npm run gen:docs` then writes this index, the README table and the rule ids in the manifest.',
    '',
  ];
  for (const r of RULES) {
    parts.push(
      `## [\`${r.id}\`](rules/${r.id}.md)`,
      '',
      `- 默认级别 / default severity: **${r.severity}**`,
      `- ${r.description.zh}`,
      `- ${r.description.en}`,
    );
    const fix = fixesLabel(r.fixes);
    parts.push(`- 修复 / fix: ${fix ? `${fix.zh} — ${fix.en}` : '无 — none'}`);
    parts.push('');
  }
  return parts.join('\n');
}

/** The README with its rule table replaced by the generated one. */
export function withRuleTable(readme: string): string {
  return replaceBetweenMarkers(readme, 'rules', ruleTable(), 'README.md');
}
