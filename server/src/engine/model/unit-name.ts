// The unit a report's header field or title names, when what is written there is a unit's name: the reviewer's summary
// shows it, the batch checks look for it in the other reports, and last year's report is paired by it. What real pages
// put in those places is often no name at all (the field corpus: 现将, 主题词, (盖章), 秦洪伟, …专项转移支付): such text
// gives no name rather than a wrong one. The words are data (unit-name.json).
import WORDS from './unit-name.json' with { type: 'json' };

const HAN_OR_BRACKET = /^[\u4e00-\u9fff][\u4e00-\u9fff（）()]*/;

/** The unit's name at the start of `written` (a field's value, a title's words before its year), or undefined. */
export function unitNameIn(written: string): string | undefined {
  let name = HAN_OR_BRACKET.exec(written.trimStart())?.[0] ?? '';
  for (const w of WORDS.lead) if (name.startsWith(w)) name = name.slice(w.length);
  for (const w of WORDS.tail) if (name.endsWith(w)) name = name.slice(0, -w.length);
  // a bracket is the unit's own (湖北省残联（本级）) only after its name: the name is what stands before it
  name = name.replace(/[（(].*$/, '');
  if (name.length < WORDS.minLength || name.length > WORDS.maxLength) return undefined;
  if (WORDS.notInside.some((w) => name.includes(w))) return undefined;
  return WORDS.ends.some((w) => name.endsWith(w)) ? name : undefined;
}
