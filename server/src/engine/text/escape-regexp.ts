/** `s` as a regular expression that matches it literally, for the word lists the rules build patterns from. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
