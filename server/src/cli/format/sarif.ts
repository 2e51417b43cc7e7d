// SARIF 2.1.0, for code-scanning UIs: one run, the rules with their descriptions and pages, results with
// regions (1-based, UTF-16 columns), related locations and fixes; files that could not be read (or,
// with --fix, written) as tool notifications.
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Lang, Severity } from '../../engine/index.js';
import { RULES, ruleDocUrl } from '../../engine/index.js';
import { locate, type FileResult, type Unreadable } from '../result.js';
import { t } from '../strings.js';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * Where a file is, as SARIF wants it: a relative path is a URI reference against %SRCROOT%, each
 * segment percent-encoded; an absolute one is a file: URI. Only the platform's separators separate:
 * on Linux `back\slash.md` is one name (`back%5Cslash.md`).
 */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  const segments = sep === '/' ? path.split('/') : path.split(/[\\/]/);
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function formatSarif(results: FileResult[], unreadable: Unreadable[], lang: Lang, version: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
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
            artifactLocation: artifactLocation(r.path),
            region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
          },
        },
      ],
      ...(f.related
        ? {
            relatedLocations: f.related.map((rel, id) => ({
              id,
              message: { text: rel.message[lang] },
              physicalLocation: { artifactLocation: artifactLocation(r.path), region: region(r, rel.span.start, rel.span.end) },
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
                    artifactLocation: artifactLocation(r.path),
                    replacements: f.fix.edits.map((e) => ({
                      deletedRegion: region(r, e.start, e.end),
                      insertedContent: { text: e.newText },
                    })),
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
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: [
              ...unreadable.map((u) => ({
                level: 'error',
                message: { text: u.reason[lang] },
                locations: [{ physicalLocation: { artifactLocation: artifactLocation(u.path) } }],
              })),
              // a file not checked because it does not look like a report: never a silent pass
              ...results.flatMap((r) =>
                r.notChecked
                  ? [
                      {
                        level: 'warning',
                        message: { text: t(lang, 'notChecked', { reason: r.recognition[lang] }) },
                        locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.path) } }],
                      },
                    ]
                  : [],
              ),
              ...results.flatMap((r) =>
                r.fix?.reason
                  ? [
                      {
                        level: 'warning',
                        message: { text: r.fix.reason[lang] },
                        locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.path) } }],
                      },
                    ]
                  : [],
              ),
            ],
          },
        ],
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: './' } },
        results: results.flatMap((r) => r.findings.map((f) => result(r, f))),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
