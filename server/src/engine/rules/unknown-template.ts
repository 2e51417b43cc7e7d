import { defineRule } from './rule.js';

export default defineRule({
  id: 'unknown-template',
  severity: 'error',
  description: {
    zh: '前置元数据 template: 指定的模板不存在（检查时改按标题或默认模板）。',
    en: 'The front matter names a template that does not exist (the title or the default decides instead).',
  },
  check({ report }) {
    const u = report.unknownTemplate;
    if (!u) return [];
    const used = report.template.id;
    const ids = report.availableTemplates.join('、');
    return [
      {
        span: { start: u.start, end: u.end },
        message: {
          zh: `没有名为“${u.id}”的模板（可用：${ids}），已改用“${used}”检查`,
          en: `No template named “${u.id}” (available: ${ids.replace(/、/g, ', ')}); checked with “${used}” instead`,
        },
      },
    ];
  },
});
