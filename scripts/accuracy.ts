// `npm run accuracy`: checks the field corpus (test/corpus/) and prints recognition, recall per kind
// of defect and precision per rule, for the texts rules may be tuned on and for those kept for
// measuring, and for the made-up set written blind (test/made-up-set/, scored apart from the real texts). With
// --write-docs it refreshes docs/accuracy.md; with --write-floor it raises test/accuracy/floor.json to today's
// figures (never lowers them). `--tune-only` prints only the texts rules may be tuned on, so whoever tunes a rule
// does not read the measured texts' misses.
import { readFileSync, writeFileSync } from 'node:fs';
import { MADE_UP_DIR, ratio, readCorpus, scoreCorpus, type SplitScore } from '../test/accuracy/score.js';
import { FLOOR_FILE, raiseFloor, readFloor, type Split } from '../test/accuracy/floor.js';
import { replaceBetweenMarkers } from './markers.js';

const pct = (n: number, d: number): string => `${(ratio(n, d) * 100).toFixed(1)} %`;

const HEADINGS: Record<Split, string> = {
  measure: '测量集 / measured texts',
  tune: '调试集 / tuning texts',
  madeUp: '虚构盲写集 / made-up set written blind (test/made-up-set/: not real text)',
};

function table(split: Split, s: SplitScore): string {
  const lines = [
    `### ${HEADINGS[split]} (${s.texts})`,
    '',
    '| | |',
    '|---|---|',
    `| recognised as reports | ${s.recognised} of ${s.reports} |`,
    `| non-reports taken for reports | ${s.wronglyRecognised} |`,
    `| recall (defects found) | ${s.found} of ${s.defects} = ${pct(s.found, s.defects)} |`,
    `| found with the figures quoted | ${s.foundWithFigures} |`,
    `| precision (findings on an annotated defect) | ${s.matchedFindings} of ${s.findings} = ${pct(s.matchedFindings, s.findings)} |`,
    `| findings on a fact annotated as holding | ${s.holdViolations} |`,
    '',
    '| kind of defect | found | recall |',
    '|---|---|---|',
    ...Object.entries(s.recallByKind)
      .sort((a, b) => b[1].defects - a[1].defects || a[0].localeCompare(b[0]))
      .map(([k, v]) => `| ${k} | ${v.found} of ${v.defects} | ${pct(v.found, v.defects)} |`),
    '',
    '| rule | findings | on a defect | precision |',
    '|---|---|---|---|',
    ...Object.entries(s.precisionByRule)
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([r, v]) => `| ${r} | ${v.findings} | ${v.matched} | ${pct(v.matched, v.findings)} |`),
    '',
  ];
  if (s.unrecognisedSlugs.length > 0) lines.push(`Reports not recognised: ${s.unrecognisedSlugs.map((x) => `\`${x}\``).join(', ')}`, '');
  if (s.wronglyRecognisedSlugs.length > 0)
    lines.push(`Look-alikes taken for reports: ${s.wronglyRecognisedSlugs.map((x) => `\`${x}\``).join(', ')}`, '');
  if (s.misses.length > 0) {
    lines.push('Defects not found:', '');
    for (const m of s.misses) lines.push(`- \`${m.slug}\`:${m.line} ${m.kind} — ${m.quote}`);
    lines.push('');
  }
  if (s.falseAlarms.length > 0) {
    lines.push('Findings on no annotated defect:', '');
    for (const a of s.falseAlarms)
      lines.push(`- \`${a.slug}\`:${a.line} ${a.ruleId}${a.hold ? ` (on a holding fact: ${a.hold})` : ''} — ${a.message}`);
    lines.push('');
  }
  return lines.join('\n');
}

// the made-up set is one split of its own, whatever its files say
const madeUp = scoreCorpus(readCorpus(MADE_UP_DIR).map((e) => ({ ...e, split: 'measure' as const }))).measure;
const scores = { ...scoreCorpus(readCorpus()), madeUp };
const body = [table('measure', scores.measure), table('tune', scores.tune), table('madeUp', scores.madeUp)].join('\n');
console.log(process.argv.includes('--tune-only') ? table('tune', scores.tune) : body);
if (process.argv.includes('--write-docs')) {
  const file = new URL('../docs/accuracy.md', import.meta.url);
  writeFileSync(file, replaceBetweenMarkers(readFileSync(file, 'utf8'), 'accuracy', body, 'docs/accuracy.md'));
  console.log('wrote docs/accuracy.md');
}
if (process.argv.includes('--write-floor')) {
  writeFileSync(FLOOR_FILE, `${JSON.stringify(raiseFloor(readFloor(), scores), null, 2)}\n`);
  console.log(`raised ${FLOOR_FILE.pathname}`);
}
