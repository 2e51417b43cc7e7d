import { defineRule } from './rule.js';

export default defineRule({
  id: 'unknown-template',
  severity: 'error',
  description: {
    zh: '前置元数据 template: 指定的模板不存在（检查时改用默认模板）。',
    en: 'The front matter names a template that does not exist (the default template is used instead).',
  },
  check({ report }) {
    const u = report.unknownTemplate;
    if (!u) return [];
    const known = [...new Set([report.template.id])].join(', ');
    return [
      {
        span: { start: u.start, end: u.end },
        message: {
          zh: `没有名为“${u.id}”的模板，已改用默认模板“${known}”检查`,
          en: `No template named “${u.id}”; checked with the default template “${known}”`,
        },
      },
    ];
  },
});
