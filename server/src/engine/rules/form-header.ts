// A line that carries a 自评表's column headers is the form itself, flattened into text by a web page
// or a PDF: what looks like a slip in it (a doubled word, characters spaced out) is its cells side by
// side. The headers are data (data/form-headers.json).
import data from './data/form-headers.json' with { type: 'json' };

/** The line holds enough of the form's column headers (each counted once) to be the form itself. */
export function formHeaderLine(text: string): boolean {
  let n = 0;
  for (const h of data.headers) if (text.includes(h) && ++n >= data.min) return true;
  return false;
}
