// What ticks the Getting Started walkthrough's steps (issue 18 §3): package.json's completionEvents wait
// for these context keys (`onContext:`), and the client sets each when the drafter does the real thing,
// by whatever route: not only the step's own button. No `vscode` import: test/unit/walkthrough.test.ts
// reads it, and keeps the manifest's completionEvents in step.
import type { StatusParams } from '../../shared/protocol.js';

export const WALKTHROUGH_KEYS = {
  /** A report was made: by Jixiao: 新建绩效自评报告, by 从 Word 导入, or typed or pasted into a new file (a snippet, a template copied). */
  created: 'jixiao.walkthrough.reportCreated',
  /** A report's findings were shown: a report with findings in the active editor (the Problems view is `onView:`). */
  seen: 'jixiao.walkthrough.findingSeen',
  /** A Jixiao code action was run: a quick fix, fix-all, or a command that edits the report. */
  fixed: 'jixiao.walkthrough.fixApplied',
  /** The CI workflow was copied by Jixiao: 复制 CI 检查配置. */
  ciCopied: 'jixiao.walkthrough.ciCopied',
} as const;

export type WalkthroughKey = (typeof WALKTHROUGH_KEYS)[keyof typeof WALKTHROUGH_KEYS];

/** The walkthrough's id in package.json. */
export const WALKTHROUGH_ID = 'jixiao.gettingStarted';

/** The step each key completes (package.json: the step whose completionEvents wait for it). */
export const STEP_OF: Record<WalkthroughKey, string> = {
  [WALKTHROUGH_KEYS.created]: 'create',
  [WALKTHROUGH_KEYS.seen]: 'diagnostics',
  [WALKTHROUGH_KEYS.fixed]: 'fix',
  [WALKTHROUGH_KEYS.ciCopied]: 'cli',
};

/** The command each Jixiao code action runs after its edit, so the client knows a fix was applied (not in the palette). */
export const FIX_APPLIED_COMMAND = 'jixiao.walkthrough.noteFixApplied';

/** Where a checked document stands: shown in the active editor, and new (untitled, or a file made in this session). */
export interface Seen {
  active: boolean;
  isNew: boolean;
}

/** The steps a status notification ticks. */
export function ticksOfStatus(s: Pick<StatusParams, 'isReport' | 'errors' | 'warnings' | 'infos'>, where: Seen): WalkthroughKey[] {
  if (!s.isReport) return [];
  const keys: WalkthroughKey[] = [];
  if (where.isNew) keys.push(WALKTHROUGH_KEYS.created);
  if (where.active && s.errors + s.warnings + s.infos > 0) keys.push(WALKTHROUGH_KEYS.seen);
  return keys;
}
