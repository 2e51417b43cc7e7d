// The README's settings table, generated from the manifest's configuration and its English and Chinese
// descriptions (package.nls*.json), so the two never drift apart. `npm run gen:docs` writes it.
import { readFileSync } from 'node:fs';
import { replaceBetweenMarkers } from './markers.js';

const root = new URL('../', import.meta.url);
const read = (p: string): string => readFileSync(new URL(p, root), 'utf8');

interface Property {
  default: unknown;
  markdownDescription: string;
}

export function settingsTable(): string {
  const manifest = JSON.parse(read('package.json')) as { contributes: { configuration: { properties: Record<string, Property> } } };
  const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
  const zh = JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>;
  const text = (s: string, nls: Record<string, string>): string => (s.startsWith('%') ? (nls[s.slice(1, -1)] ?? s) : s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = Object.entries(manifest.contributes.configuration.properties).map(
    ([name, p]) => `| \`${name}\` | \`${JSON.stringify(p.default)}\` | ${text(p.markdownDescription, zh)}<br>${text(p.markdownDescription, en)} |`,
  );
  return ['| 设置 setting | 默认 default | 说明 meaning |', '|---|---|---|', ...rows].join('\n');
}

export function withSettingsTable(readme: string): string {
  return replaceBetweenMarkers(readme, 'settings', settingsTable(), 'README.md');
}
