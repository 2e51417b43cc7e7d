// The line that holds an offset: where it starts, and where its text ends (before its `\r\n` or `\n`).
// What the table edits and the table insert read a line by, from the drafter's cursor or a cell.

export interface LineSpan {
  start: number;
  /** Before its `\r\n` or `\n`. */
  end: number;
}

export function lineAt(text: string, offset: number): LineSpan {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (text[end - 1] === '\r') end--;
  return { start, end };
}
