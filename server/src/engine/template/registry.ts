// The set of templates a check can choose from, and the choice for one document: front matter
// `template: <id>` first, else the title, else none (the document is not a report).
import { builtinTemplates, DEFAULT_TEMPLATE_ID } from './load.js';
import type { Template } from './template.js';

export class TemplateRegistry {
  private readonly byId = new Map<string, Template>();

  constructor(
    extra: Template[] = [],
    readonly defaultId = DEFAULT_TEMPLATE_ID,
  ) {
    for (const t of builtinTemplates()) this.byId.set(t.id, t);
    for (const t of extra) this.byId.set(t.id, t); // a workspace template may override a built-in
  }

  get(id: string): Template | undefined {
    return this.byId.get(id);
  }

  list(): Template[] {
    return [...this.byId.values()];
  }

  get default(): Template {
    return this.byId.get(this.defaultId) ?? (this.byId.get(DEFAULT_TEMPLATE_ID) as Template);
  }

  /** The template whose title patterns match the title, most specific (longest pattern) first. */
  fromTitle(title: string): Template | undefined {
    let best: { t: Template; len: number } | undefined;
    const compact = title.replace(/\s+/g, '');
    for (const t of this.byId.values()) {
      for (const p of t.titlePatterns) {
        if (compact.includes(p.replace(/\s+/g, '')) && (!best || p.length > best.len)) best = { t, len: p.length };
      }
    }
    return best?.t;
  }
}
