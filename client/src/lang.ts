// The one place the client decides its language: `jixiao.language` (Chinese by default, `en`, or `auto`
// for VS Code's display language), decided as the server decides it (shared/message-lang.ts), so the
// status item, pickers, notifications and questions speak the language of the findings. Read at each
// use: a changed setting takes effect at the next string, without a restart.
import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../shared/configuration.js';
import { messageLang } from '../../shared/message-lang.js';
import { translate } from './translate.js';

/** `zh` or `en` for a bilingual text from the server ({ zh, en }). */
export const lang = (): 'zh' | 'en' =>
  messageLang(vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>('language'), vscode.env.language);

/** Used as vscode.l10n is (`l10n.t("English text {0}", arg)`), but in the language of the setting. */
export const l10n = {
  t: (message: string, ...args: (string | number)[]): string => translate(lang(), message, args),
};
