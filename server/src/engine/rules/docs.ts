// What the documentation says about a rule, computed in one place for every output: the address of
// its page (docs/rules/<id>.md, linked from LSP diagnostics and SARIF results) and the labels of its
// fixes ("automatic" = safe, applied by `--fix` and fix-on-save; "on request" = quick fix only).
import type { Localized } from '../types.js';
import { RULE_IDS } from './index.js';
import type { RuleFixKind } from './rule.js';

/** package.json `repository.url` without `.git` (a test keeps the two equal). */
export const REPOSITORY_URL = 'https://github.com/jixiao/jixiao';

/** The page documenting a rule; undefined for ids that are not rules (e.g. the size note). */
export function ruleDocUrl(ruleId: string): string | undefined {
  return RULE_IDS.has(ruleId) ? `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md` : undefined;
}

export function fixLabel(kind: RuleFixKind): Localized {
  return kind.safe
    ? { zh: `${kind.does.zh}（自动）`, en: `${kind.does.en} (automatic)` }
    : { zh: `${kind.does.zh}（需确认）`, en: `${kind.does.en} (on request)` };
}

/** All of a rule's fix labels in one line, or undefined when it has no fix. */
export function fixesLabel(kinds: readonly RuleFixKind[] | undefined): Localized | undefined {
  if (!kinds?.length) return undefined;
  const labels = kinds.map(fixLabel);
  return { zh: labels.map((l) => l.zh).join('；'), en: labels.map((l) => l.en).join('; ') };
}
