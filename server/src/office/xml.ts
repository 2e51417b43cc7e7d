// The XML parts of an office package read as a stream of tags and text (htmlparser2 in XML mode:
// synchronous, linear, and forgiving of what a damaged file holds), names as written (w:p, w:t).
import { Parser } from 'htmlparser2';

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

export function readXml(xml: string, handler: XmlHandler): void {
  const parser = new Parser(
    {
      onopentag: (name, attrs) => handler.open(name, attrs),
      ontext: (text) => handler.text?.(text),
      onclosetag: (name) => handler.close?.(name),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}
