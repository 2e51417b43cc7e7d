// Writes the non-ASCII characters of a bundle's regular expression literals as \u escapes. esbuild escapes them in
// strings and templates (charset ascii) but leaves regular expressions as written, and the engine's hold about 4,200
// Chinese characters: one of them makes V8 keep the whole source (1.5 MB) as a two-byte string, 3 MB of heap in the
// language server and in each CLI thread, against 1.5 MB for an ASCII source. Only regular expression literals are
// rewritten, found by TypeScript's parser (a raw template's text would change with its spelling); anything non-ASCII
// left elsewhere is reported, and the bundle then stays two-byte.
import ts from 'typescript';

/** `\uXXXX` for one UTF-16 code unit (a surrogate pair as two: in a u-flag expression that pair is one code point). */
const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** In one regular expression literal: `\、` (an identity escape, allowed without the u flag) is `、` itself. */
const asciiLiteral = (literal) =>
  literal.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, c) => (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escape(c));

/** The bundle's code with its regular expressions in ASCII, and how many non-ASCII characters are left outside them. */
export function asciiRegexps(code) {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const literals = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push([node.getStart(file), node.end]);
    else ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let at = 0;
  for (const [start, end] of literals) {
    const literal = code.slice(start, end);
    out += code.slice(at, start) + (/[\u0080-\uffff]/.test(literal) ? asciiLiteral(literal) : literal);
    at = end;
  }
  out += code.slice(at);
  return { code: out, left: out.match(/[\u0080-\uffff]/g)?.length ?? 0 };
}
