// Whether a report is built as its template is: the test for judging its numbering by the template
// (renumbering a heading to the template's place for it) or on the report's own sequence. A 湖南 or
// 云南 outline read with the Guangdong template matches a section or two, often at another level or
// twice (茂名 2021 writes （一）部门职能 （二）设置机构及人员情况, both the template's （一）): numbers
// the template would give such a report are not the ones it is missing.
import { numberedAtOtherLevel } from './numbering.js';
import type { Outline } from './outline.js';

/** Template headings a report must show, at their level and once each, for the template to judge its numbering. */
const MIN_MATCHED = 3;

export function templateFits(outline: Outline): boolean {
  let matched = 0;
  let foreign = 0;
  for (const h of outline.headings) {
    // a template section written twice: the report splits it as another outline does
    if (h.duplicate) return false;
    if (!h.tsec || numberedAtOtherLevel(h)) foreign++;
    else matched++;
  }
  return matched >= MIN_MATCHED && foreign <= matched;
}
