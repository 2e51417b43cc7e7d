// Golden files: the exact findings of a document, one line each, compared with test/golden/<name>.txt.
// Regenerate after an intended change with `UPDATE_GOLDEN=1 npm test` and review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../server/src/engine/index.js';
import { ROOT, registry } from './helpers.js';

export function renderFindings(text: string): string {
  const { report, findings } = checkText(text, { registry });
  return (
    findings
      .map((f) => {
        const p = report.index.positionAt(f.span.start);
        const fix = f.fix ? ` (fix${f.fix.safe ? '' : ', on request'}: ${f.fix.title.zh})` : '';
        return `${p.line + 1}:${p.character + 1} ${f.severity} [${f.ruleId}] ${f.message.zh}${fix}`;
      })
      .join('\n') + '\n'
  );
}

/** Returns [actual, expected]; writes the golden file instead when UPDATE_GOLDEN is set. */
export function golden(name: string, text: string): [string, string] {
  const file = join(ROOT, 'test', 'golden', `${name}.txt`);
  const actual = renderFindings(text);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  return [actual, readFileSync(file, 'utf8')];
}
