// Jixiao's version, as the CLI and the language server report it: set by the build (scripts/build.mjs
// defines JIXIAO_VERSION from package.json); absent when the source runs directly (tests, tsx).
declare const JIXIAO_VERSION: string | undefined;

export const VERSION = typeof JIXIAO_VERSION === 'string' ? JIXIAO_VERSION : '0.0.0-dev';
