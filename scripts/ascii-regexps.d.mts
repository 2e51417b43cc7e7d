// The types of ascii-regexps.mjs (a plain module: build.mjs runs under plain node).
/** The bundle's code with its regular expressions in ASCII, and how many non-ASCII characters are left outside them. */
export function asciiRegexps(code: string): { code: string; left: number };
