// The 一级/二级指标 an indicator row stands under (DOMAIN-TABLES §1a): a 自评表 writes them in merged cells
// before its rows (`产出指标 | 数量指标 | …`), so they are kept as a state while the rows are read. A 二级指标
// of the form names its 一级 too (数量指标 is under 产出), for tables whose 一级 cell was merged away.
import WORDS from './self-eval-table.json' with { type: 'json' };

/** 产出指标, 效益指标, 满意度指标. */
export type Level1 = keyof typeof WORDS.levels.level1;

export interface Under {
  level1?: Level1;
  /** The 二级指标 as written (`数量指标`, `社会效益指标`), after headerKey. */
  level2?: string;
  /** Under a 成本指标 (a cost: lower is better when the target names no direction). */
  cost: boolean;
}

const LEVEL1 = names(WORDS.levels.level1);
const LEVEL1_OF = names(WORDS.levels.level2);
const COST = new Set(WORDS.costLevel2);
const OTHER_LEVEL1 = new Set(WORDS.levels.otherLevel1);

/** A row's first cell naming a 一级 of none of the three (预算执行率): the rows from it stand under no level. */
export function leavesLevels(word: string): boolean {
  return OTHER_LEVEL1.has(word);
}

function names(by: Record<Level1, string[]>): Map<string, Level1> {
  const m = new Map<string, Level1>();
  for (const [level, list] of Object.entries(by) as [Level1, string[]][]) for (const n of list) m.set(n, level);
  return m;
}

/** Where the rows after a cell naming a level (`效益指标`, `成本指标`) stand. */
export function enterLevel(under: Under, name: string): Under {
  const level1 = LEVEL1.get(name);
  if (level1) return { level1, cost: false };
  const implied = LEVEL1_OF.get(name) ?? under.level1;
  return { ...(implied ? { level1: implied } : {}), level2: name, cost: COST.has(name) };
}

/** The form's labels before a 三级指标 name: `指标1:`, `指标1`, `★`, `1.`, `（1）`. */
const LABEL = /^(?:★|指标[0-9]{1,2}[:：]?|[0-9]{1,2}[.、．]|[(（][0-9]{1,2}[)）])\s*/;

/** A 三级指标 name as a reviewer compares it: without its label and spaces (`指标1:开展精品示范村建设数量` → `开展精品示范村建设数量`). */
export function bareName(name: string): string {
  return name.replace(LABEL, '').replace(/[\s\u3000]/g, '');
}
