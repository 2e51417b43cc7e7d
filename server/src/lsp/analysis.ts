// The server's state: open documents' latest analysis (cached per version), the settings, the
// template registry and the boilerplate library. Everything the feature handlers read goes through here.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { BoilerplateLibrary, checkText, TemplateRegistry, type CheckResult, type Lang } from '../engine/index.js';
import { IncrementalParser } from '../engine/parse/chunks.js';
import { DEFAULT_SETTINGS, type Settings } from './settings.js';

export interface Analysis extends CheckResult {
  uri: string;
  version: number;
}

export class AnalysisCache {
  private readonly cache = new Map<string, Analysis>();
  /** Each open document keeps its parser, so a keystroke re-parses only the chunks it touched. */
  private readonly parsers = new Map<string, IncrementalParser>();
  settings: Settings = DEFAULT_SETTINGS;
  registry = new TemplateRegistry();
  /** The workspace's own wording, offered by completion next to the templates'. */
  library = new BoilerplateLibrary();
  lang: Lang = 'zh';

  /** The analysis of the document's current version (computed once per version). */
  get(doc: TextDocument): Analysis {
    const hit = this.cache.get(doc.uri);
    const text = doc.getText();
    // the same version number can come with other content (a client that reuses numbers): compare the text too
    if (hit && hit.version === doc.version && hit.report.text === text) return hit;
    let parser = this.parsers.get(doc.uri);
    if (!parser) {
      parser = new IncrementalParser();
      this.parsers.set(doc.uri, parser);
    }
    const result = checkText(text, {
      registry: this.registry,
      parser,
      severities: this.settings.rules,
      maxSize: this.settings.maxDocumentSize * 1024 * 1024,
      settings: { executionThreshold: this.settings.executionThreshold },
    });
    const analysis: Analysis = { ...result, uri: doc.uri, version: doc.version };
    if (!this.settings.enable) analysis.findings = [];
    this.cache.set(doc.uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.parsers.delete(uri);
  }

  /** After a settings or template change every analysis is stale. */
  clear(): void {
    this.cache.clear();
  }
}
