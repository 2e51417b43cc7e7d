// The README's settings table, generated from the option definitions (server/src/engine/options.ts) and
// their Chinese and English descriptions, so the two never drift apart. `npm run gen:docs` writes it.
import { OPTION_KEYS, OPTIONS } from '../server/src/engine/index.js';
import { replaceBetweenMarkers } from './markers.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function settingsTable(): string {
  const rows = OPTION_KEYS.map((key) => {
    const { default: value, description } = OPTIONS[key];
    return `| \`jixiao.${key}\` | \`${JSON.stringify(value)}\` | ${cell(description.zh)}<br>${cell(description.en)} |`;
  });
  return ['| 设置 setting | 默认 default | 说明 meaning |', '|---|---|---|', ...rows].join('\n');
}

export function withSettingsTable(readme: string): string {
  return replaceBetweenMarkers(readme, 'settings', settingsTable(), 'README.md');
}
