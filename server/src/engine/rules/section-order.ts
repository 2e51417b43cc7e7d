import { outOfOrderSections } from '../model/numbering.js';
import type { TemplateSection } from '../template/template.js';
import { siblingsOf } from '../template/template.js';
import { defineRule } from './rule.js';
import { eq, zq } from './format.js';

export default defineRule({
  id: 'section-order',
  severity: 'warning',
  description: {
    zh: '章节都在，但顺序与模板不一致。',
    en: 'Sections are present but not in the template’s order.',
  },
  check({ report }) {
    // a template that does not fit the report (choose-template.ts) has no order to hold it to
    if (!report.templateChoice.fits) return [];
    return [...outOfOrderSections(report.outline)].map((section) => {
      const tsec = section.tsec as TemplateSection;
      const before = siblingsOf(report.template, tsec)
        .slice(0, tsec.index)
        .reverse()
        .find((s) => report.outline.byTemplateId.has(s.id));
      const line = section.heading.line;
      return {
        span: { start: line.start, end: line.end },
        message: before
          ? {
              zh: `章节${zq(tsec.title)}顺序不对：按模板应放在${zq(before.title)}之后`,
              en: `Section ${eq(tsec.title)} is out of order: the template puts it after ${eq(before.title)}`,
            }
          : {
              zh: `章节${zq(tsec.title)}顺序不对：按模板应是同级第一节`,
              en: `Section ${eq(tsec.title)} is out of order: the template puts it first among its siblings`,
            },
      };
    });
  },
});
