// A PDF as the report text the engine reads: each page's text lines as pdf.js extracts them (its
// line-break debris kept: the debris rules join what a PDF broke), pages one after another, and where each
// page and line starts, so a finding can say 第 3 页 第 14 行. Kangxi radicals that PDF fonts map CJK
// characters to (⾃ U+2F83 for 自) are read as the characters the page shows. pdf.js (Mozilla's pdfjs-dist)
// is loaded only when a PDF is read: it is large, and an ES module, imported at run time (not bundled).
import { OfficeError, type OfficeText } from './office-text.js';

/** Kangxi radicals and CJK radicals supplement: NFKC gives the unified character each stands for. */
const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

interface TextItem {
  str: string;
  hasEOL: boolean;
}

interface PdfJs {
  getDocument(src: { data: Uint8Array; isEvalSupported: boolean; disableFontFace: boolean; useSystemFonts: boolean; verbosity: number }): {
    promise: Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: (TextItem | object)[] }> }> }>;
  };
}

/** How pdf.js is imported; a bundle loaded through the code cache is handed its loader's import (load/code-cache.ts). */
let importPdfJs = (): Promise<unknown> => import('pdfjs-dist/legacy/build/pdf.mjs');

export function usePdfImporter(f: () => Promise<unknown>): void {
  importPdfJs = f;
}

export async function readPdf(bytes: Uint8Array): Promise<OfficeText> {
  if (bytes.length === 0) throw new OfficeError('文件是空的', 'the file is empty');
  if (new TextDecoder().decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0)
    throw new OfficeError('文件已损坏，不是有效的 PDF（没有 PDF 文件头）', 'not a valid PDF (no PDF header)');
  let pdfjs: PdfJs;
  try {
    pdfjs = (await importPdfJs()) as PdfJs;
  } catch {
    // the VS Code extension ships without pdf.js (3 MB); the command line installed from npm has it
    throw new OfficeError(
      '此处没有读取 PDF 的组件（pdf.js）：请用命令行 jixiao check 检查 PDF，或检查它的 Word 原稿',
      'no PDF reader (pdf.js) here: check the PDF with the jixiao command line, or check its Word original',
    );
  }
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException')
      throw new OfficeError('PDF 已加密：请取消密码后再检查', 'the PDF is password-protected: remove the password, then check it');
    throw new OfficeError(`文件已损坏，不是有效的 PDF（${(e as Error).message}）`, `not a valid PDF (${(e as Error).message})`);
  }
  let text = '';
  const pages: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    if (text && !text.endsWith('\n')) text += '\n';
    pages.push(text.length);
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str.replace(RADICAL, (c) => c.normalize('NFKC'));
      if (item.hasEOL) text += '\n';
    }
  }
  const out: OfficeText = { kind: 'pdf', text: text.endsWith('\n') ? text : text + '\n', paragraphs: [], pages, notes: [] };
  if (!text.trim())
    out.notes.push({
      zh: 'PDF 里没有可读的文字（可能是扫描件）：请用文字版 PDF 或 Word 文件',
      en: 'the PDF holds no text (a scan?): use a text PDF or the Word file',
    });
  return out;
}
