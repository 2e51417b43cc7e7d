// SARIF 2.1.0, for code-scanning UIs: one run, the rules with their descriptions and pages, results with
// regions (1-based, UTF-16 columns), related locations and fixes.
import type { Finding, Lang, Severity } from '../../engine/index.js';
import { RULES, ruleDocUrl } from '../../engine/index.js';
import { locate, type FileResult } from '../result.js';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(results: FileResult[], lang: Lang, version: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const uri = (path: string): string => path.split(/[\\/]/).map(encodeURIComponent).join('/');
  const region = (r: FileResult, start: number, end: number): object => {
    const s = r.index.positionAt(start);
    const e = r.index.positionAt(end);
    return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  };
  const result = (r: FileResult, f: Finding): object => {
    const { start, end } = locate(r, f);
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message[lang] },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(r.path), uriBaseId: '%SRCROOT%' },
            region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
          },
        },
      ],
      ...(f.related
        ? {
            relatedLocations: f.related.map((rel, id) => ({
              id,
              message: { text: rel.message[lang] },
              physicalLocation: { artifactLocation: { uri: uri(r.path), uriBaseId: '%SRCROOT%' }, region: region(r, rel.span.start, rel.span.end) },
            })),
          }
        : {}),
      ...(f.fix
        ? {
            fixes: [
              {
                description: { text: f.fix.title[lang] },
                artifactChanges: [
                  {
                    artifactLocation: { uri: uri(r.path), uriBaseId: '%SRCROOT%' },
                    replacements: f.fix.edits.map((e) => ({ deletedRegion: region(r, e.start, e.end), insertedContent: { text: e.newText } })),
                  },
                ],
              },
            ],
          }
        : {}),
    };
  };
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jixiao',
            version,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.description[lang] },
              fullDescription: { text: `${rule.description.zh} / ${rule.description.en}` },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              helpUri: ruleDocUrl(rule.id),
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: './' } },
        results: results.flatMap((r) => r.findings.map((f) => result(r, f))),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
