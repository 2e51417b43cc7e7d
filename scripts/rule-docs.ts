// Rule documentation generated from the rules' own metadata: the README's rule table and
// docs/rules.md. `npm run gen:docs` writes them; a test fails when they are out of date.
import { RULES } from '../server/src/engine/index.js';
import { replaceBetweenMarkers } from './markers.js';

const SEVERITY_ZH = { error: '错误', warning: '警告', information: '提示', hint: '建议' } as const;

export function ruleTable(): string {
  const rows = RULES.map(
    (r) => `| \`${r.id}\` | ${SEVERITY_ZH[r.severity]} (${r.severity}) | ${r.description.zh}<br>${r.description.en} | ${r.fix ? `${r.fix.zh}<br>${r.fix.en}` : '—'} |`,
  );
  return ['| 规则 rule | 默认级别 default | 检查什么 what it checks | 修复 fix |', '|---|---|---|---|', ...rows].join('\n');
}

export function rulesPage(): string {
  const parts = [
    '# 规则 / Rules',
    '',
    '<!-- Generated from server/src/engine/rules/*.ts by `npm run gen:docs`. Do not edit. -->',
    '',
    'Each rule is one file in `server/src/engine/rules/`. Severities can be changed or rules turned off with',
    '`jixiao check --rule <id>=<error|warning|information|hint|off>` or the `jixiao.rules` setting in VS Code, and',
    'silenced in place with `<!-- jixiao-disable-next-line <id> -->` or `<!-- jixiao-disable <id> -->` … `<!-- jixiao-enable <id> -->`.',
    '',
  ];
  for (const r of RULES) {
    parts.push(`## \`${r.id}\``, '', `- 默认级别 / default severity: **${r.severity}**`, `- ${r.description.zh}`, `- ${r.description.en}`);
    if (r.fix) parts.push(`- 修复 / fix: ${r.fix.zh} — ${r.fix.en}`);
    parts.push('');
  }
  return parts.join('\n');
}

/** The README with its rule table replaced by the generated one. */
export function withRuleTable(readme: string): string {
  return replaceBetweenMarkers(readme, 'rules', ruleTable(), 'README.md');
}
