// Tells the server which path settings are the drafter's own. The server reads a file named in a
// workspace-level setting only when it lies inside the workspace (a cloned folder's
// .vscode/settings.json must not make it read ~/.ssh or /etc/shadow), and one named in the user
// settings wherever it is; workspace/configuration answers with values only, so this middleware adds
// USER_LEVEL_KEY (shared/configuration.ts) to the `jixiao` section. It always sets
// the key, overwriting whatever a folder's settings put there, so a folder cannot claim to be the user.
// It adds TRUSTED_KEY the same way: in an untrusted workspace the server reads no project config file.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { PATH_SETTINGS, SETTINGS_SECTION, TRUSTED_KEY, USER_LEVEL_KEY, type PathSetting } from '../../shared/configuration.js';

/** The path settings whose effective value comes from the user's settings, not the workspace's. */
function userLevel(scopeUri: string | undefined): PathSetting[] {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scopeUri ? vscode.Uri.parse(scopeUri) : undefined);
  return PATH_SETTINGS.filter((key) => {
    const i = config.inspect(key);
    if (!i) return false;
    const fromWorkspace = [i.workspaceFolderLanguageValue, i.workspaceFolderValue, i.workspaceLanguageValue, i.workspaceValue].some(
      (v) => v !== undefined,
    );
    return !fromWorkspace && (i.globalLanguageValue !== undefined || i.globalValue !== undefined);
  });
}

export const settingsOrigin: Middleware['workspace'] = {
  configuration: async (params, token, next) => {
    const values = await next(params, token);
    if (!Array.isArray(values)) return values;
    return values.map((value: unknown, i) => {
      const item = params.items[i];
      if (item?.section !== SETTINGS_SECTION || !value || typeof value !== 'object') return value;
      return { ...value, [USER_LEVEL_KEY]: userLevel(item.scopeUri), [TRUSTED_KEY]: vscode.workspace.isTrusted };
    });
  },
};
