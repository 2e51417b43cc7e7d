// Which language Jixiao speaks, decided the same way by the language server (diagnostics, hovers, quick
// fixes, template names) and the VS Code client (status item, pickers, notifications), from the one
// setting `jixiao.language` (server/src/engine/options.ts): Chinese unless the drafter asks for English,
// because the reports, their drafters and the finance bureau are Chinese whatever the editor's display
// language is (issue 18). `auto` follows the editor's display language, as every setting did before.

/**
 * `zh` or `en`, the key of a bilingual text, from the setting's value (`zh-cn`, the default, `en` or `auto`; an
 * unknown or missing value is the default) and the editor's display language (`vscode.env.language`, LSP's
 * `locale`).
 */
export function messageLang(setting: string | undefined, displayLanguage: string | undefined): 'zh' | 'en' {
  if (setting === 'en') return 'en';
  if (setting !== 'auto') return 'zh';
  return (displayLanguage ?? 'zh-cn').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
