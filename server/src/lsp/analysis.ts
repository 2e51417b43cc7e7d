// The server's state: open documents' latest analysis (cached per version and settings), the
// workspace-level settings, the template registry and the boilerplate library. Everything the feature
// handlers read goes through here.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  BoilerplateLibrary,
  checkText,
  TemplateRegistry,
  type CheckOptions,
  type CheckResult,
  type Lang,
  type Template,
} from '../engine/index.js';
import { IncrementalParser } from '../engine/parse/chunks.js';
import { previousReportFor, workspaceFolders, type NamedPrevious, type WorkspaceFolders } from './previous-report.js';
import { DEFAULT_SETTINGS, type Settings } from './settings.js';

export interface Analysis extends CheckResult {
  uri: string;
  version: number;
}

export class AnalysisCache {
  private readonly cache = new Map<string, { analysis: Analysis; settings: Settings; registry: TemplateRegistry }>();
  /** Each open document keeps its parser, so a keystroke re-parses only the chunks it touched. */
  private readonly parsers = new Map<string, IncrementalParser>();
  /** The workspace-level settings (a document's folder may have its own: folder-settings.ts). */
  settings: Settings = DEFAULT_SETTINGS;
  /** The workspace's templates with the workspace-level default template. */
  registry = new TemplateRegistry();
  /** The same templates with each other default template a folder names. */
  private registries = new Map([[this.registry.defaultId, this.registry]]);
  /** The workspace's own wording, offered by completion next to the templates'. */
  library = new BoilerplateLibrary();
  lang: Lang = 'zh';
  /** The workspace folders (paths): where a relative `previousReport` setting is resolved and what a workspace-level one may name. */
  folders: WorkspaceFolders = workspaceFolders([]);

  /** The same templates with those a project config file names (lsp/project-config.ts), by default template. */
  private withExtra = new WeakMap<readonly Template[], Map<string, TemplateRegistry>>();

  /** Templates loaded: `registry` holds them, with the workspace-level default template. */
  setRegistry(registry: TemplateRegistry): void {
    this.registry = registry;
    this.registries = new Map([[registry.defaultId, registry]]);
    this.withExtra = new WeakMap();
  }

  private registryFor(defaultId: string, extra: readonly Template[]): TemplateRegistry {
    let byDefault = this.registries;
    if (extra.length > 0) {
      let m = this.withExtra.get(extra);
      if (!m) this.withExtra.set(extra, (m = new Map<string, TemplateRegistry>()));
      byDefault = m;
    }
    let r = byDefault.get(defaultId);
    if (!r) byDefault.set(defaultId, (r = new TemplateRegistry([...this.registry.list(), ...extra], defaultId)));
    return r;
  }

  /** The analysis of the document's current version under these settings (computed once for both), with a config file's templates. */
  get(doc: TextDocument, settings: Settings, extra: readonly Template[] = []): Analysis {
    const hit = this.cache.get(doc.uri);
    const text = doc.getText();
    const registry = this.registryFor(settings.defaultTemplate, extra);
    // the same version number can come with other content (a client that reuses numbers): compare the text too
    if (
      hit &&
      hit.settings === settings &&
      hit.registry === registry &&
      hit.analysis.version === doc.version &&
      hit.analysis.report.text === text
    )
      return hit.analysis;
    let parser = this.parsers.get(doc.uri);
    if (!parser) {
      parser = new IncrementalParser();
      this.parsers.set(doc.uri, parser);
    }
    const result = checkText(text, { ...this.options(doc.uri, text, settings, registry), parser });
    const analysis: Analysis = { ...result, uri: doc.uri, version: doc.version };
    if (!settings.enable) analysis.findings = [];
    this.cache.set(doc.uri, { analysis, settings, registry });
    return analysis;
  }

  /** A file that is not open (the workspace check): its findings under these settings, with a config file's templates; not kept. */
  checkClosed(uri: string, text: string, settings: Settings, extra: readonly Template[] = []): CheckResult {
    return checkText(text, this.options(uri, text, settings, this.registryFor(settings.defaultTemplate, extra)));
  }

  private options(uri: string, text: string, settings: Settings, registry: TemplateRegistry): CheckOptions {
    const previous = previousReportFor(uri, text, this.namedPrevious(settings));
    return {
      registry,
      severities: settings.rules,
      maxSize: settings.maxDocumentSize * 1024 * 1024,
      settings: { executionThreshold: settings.executionThreshold },
      ...(settings.region ? { region: settings.region } : {}),
      ...(previous ? { previous: previous.text } : {}),
    };
  }

  /** The `previousReport` setting; undefined when empty. */
  private namedPrevious(settings: Settings): NamedPrevious | undefined {
    if (!settings.previousReport) return undefined;
    return { path: settings.previousReport, folders: this.folders, anywhere: settings.userLevel.has('previousReport') };
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
