// What the VS Code client adds to the server's `jixiao` configuration: which path settings are the
// drafter's own (user settings), not a folder's. workspace/configuration answers with values only, so
// client/src/settings-origin.ts adds this key and server/src/lsp/settings.ts reads it (why it matters
// is said there). Plain values: the server reads it in the engine's bundle, without the LSP library.
import { PATH_SETTINGS } from './path-settings.js';

/** The section of every setting: `jixiao.<option>` (the options are server/src/engine/options.ts). */
export const SETTINGS_SECTION = 'jixiao';

/** The key added to the `jixiao` section: the path settings whose effective value is the user's own. */
export const USER_LEVEL_KEY = '$userLevel';

/**
 * The key added to the `jixiao` section: whether the workspace is trusted. `false` makes the server read no
 * project config file (`.jixiaorc.json`), as VS Code withholds the folder's restricted settings; a client
 * that does not say (an editor without workspace trust) is taken to trust the folders it opened.
 */
export const TRUSTED_KEY = '$trusted';

/** The settings that name files to read: generated from the option definitions (`files: true`). */
export { PATH_SETTINGS };

export type PathSetting = (typeof PATH_SETTINGS)[number];
