// The language server reads a workspace's PDFs as `jixiao check` does. Its engine is loaded through V8's code cache
// (load/code-cache.ts), where a bundle cannot import() pdf.js itself: the server hands it the import, as the CLI's
// entry does. Without that, every PDF of a workspace check came back "此处没有读取 PDF 的组件" although pdf.js was
// installed beside the server. The PDF is made up here, by hand: one page of Latin text in a standard font (a
// meeting note, so not a report), which needs no font file and no browser to make.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckWorkspaceResult } from '../../shared/protocol.js';
import { TestClient } from './client.js';

/** A one-page PDF showing `text` in Helvetica, its cross-reference table at the offsets the objects really have. */
function pdfOf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

let dir: string;
let c: TestClient;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-lsp-workspace-pdf-'));
  writeFileSync(join(dir, 'minutes.pdf'), pdfOf('Minutes of the office meeting on the second half of the year.'));
  c = new TestClient({ rootPath: dir });
  await c.initialize();
});
after(async () => {
  await c.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('a PDF of the workspace is read (a made-up meeting note: read, and not a report), not refused for want of pdf.js', async () => {
  const result = await c.request<CheckWorkspaceResult>('jixiao/checkWorkspace', {});
  assert.deepEqual(result.unreadable, []);
  assert.equal(result.files, 1);
  assert.deepEqual(result.notReports, ['minutes.pdf']);
});
