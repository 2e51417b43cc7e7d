// Offset ↔ line/column conversion over a document, with line starts computed once.

export interface Position {
  line: number; // 0-based
  character: number; // 0-based, UTF-16 code units
}

export class LineIndex {
  readonly starts: number[];
  /** Length of the text the index describes. */
  readonly length: number;

  /**
   * An index from line starts already known: the incremental parser's (with the text), or those a
   * worker thread sent (positions only, no text).
   */
  static fromStarts(starts: number[], length: number, text = ''): LineIndex {
    const index = new LineIndex('');
    (index as { starts: number[] }).starts = starts;
    (index as { length: number }).length = length;
    (index as { text: string }).text = text;
    return index;
  }

  constructor(readonly text: string) {
    this.length = text.length;
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // the common case, with the native search
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) starts.push(i + 1);
      else if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    const line = this.lineOf(clamped);
    return { line, character: clamped - (this.starts[line] as number) };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line] as number;
    const end = this.lineEnd(pos.line);
    return Math.min(start + Math.max(0, pos.character), end);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] as number;
  }

  /** Offset of the end of a line's content, before its line break. */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The line break the document mostly uses, for text that fixes insert. */
  eol(): string {
    const crlf = this.text.indexOf('\r\n');
    if (crlf >= 0) return '\r\n';
    return this.text.includes('\r') && !this.text.includes('\n') ? '\r' : '\n';
  }
}
