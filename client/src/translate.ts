// The client's strings in the language Jixiao speaks (shared/message-lang.ts): the English text is the
// key, its Chinese in strings-zh.json (test/unit/l10n.test.ts keeps the two in step), `{0}`, `{1}`… the
// arguments, as VS Code's l10n.t writes them. No `vscode` import: its l10n follows VS Code's display
// language, not the setting, so the client translates here, and the unit tests read this file directly.
import ZH from './strings-zh.json' with { type: 'json' };

const chinese: Readonly<Record<string, string>> = ZH;

/** `message` in `lang`, its `{n}` replaced by the n-th argument. */
export function translate(lang: 'zh' | 'en', message: string, args: readonly (string | number)[]): string {
  const text = lang === 'zh' ? (chinese[message] ?? message) : message;
  return text.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
}
