// `jixiao/exportWord`: an open report as a .docx in the 公文 layout (office/export-docx.ts, as `jixiao
// export` writes it), from the analysis the editor shows. As on the command line, a file that is not a
// report is refused with the reason, and a report with errors answers their list unless `force`.
import type { ExportWordResult } from '../../../shared/protocol.js';
import { loadExporter } from '../office/exporter.js';
import type { Analysis } from './analysis.js';

export async function exportWord(a: Analysis, force: boolean): Promise<ExportWordResult> {
  const { report } = a;
  if (!report.isReport)
    return {
      error: {
        zh: `不像绩效自评报告，未导出（${report.recognition.reason.zh}）`,
        en: `not exported: it does not look like a self-evaluation report (${report.recognition.reason.en})`,
      },
    };
  const errors = a.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 && !force)
    return { errors: errors.map((f) => ({ line: report.index.positionAt(f.span.start).line, ruleId: f.ruleId, message: f.message })) };
  const { exportDocx } = await loadExporter();
  return { docx: Buffer.from(await exportDocx(report)).toString('base64') };
}
