// A 通知 that issues a standing rule document (印发…办法/方案/细则的通知), told from the yearly 通知 that
// starts an evaluation round: the words and why are in standing-rule.json.
import data from './standing-rule.json' with { type: 'json' };

/**
 * The kind words before 的通知, closing quotes, spaces and a (试行) mark read past: one repetition of
 * alternatives that start with different characters, so a match cannot backtrack.
 */
const ISSUES = new RegExp(`(?:${data.kinds.join('|')})(?:[〉>》」”"' \\u3000的]|[（(]试行[）)])*通知$`);
/** A span of years (2021-2023年), which names no single year. */
const YEAR_SPAN = /(?:19|20)\d{2}[ \u3000]*[-—–~～至到][ \u3000]*(?:19|20)\d{2}/g;
const YEAR = /(?:19|20)\d{2}/;

/** Whether a notice's title (the text inside 《》) issues a standing rule document rather than opening a round. */
export function issuesStandingRule(title: string): boolean {
  return ISSUES.test(title.trim()) && !YEAR.test(title.replace(YEAR_SPAN, ''));
}
