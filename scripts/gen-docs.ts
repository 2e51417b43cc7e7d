// Writes docs/rules.md and the README's rule table from the rules' metadata.
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesPage, withRuleTable } from './rule-docs.js';
import { withSettingsTable } from './settings-docs.js';

const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withSettingsTable(withRuleTable(readFileSync(readme, 'utf8'))));
writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesPage());
console.log('wrote the README rule and settings tables and docs/rules.md');
