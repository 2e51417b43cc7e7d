// What the server announces in its `initialize` answer, and the code action kinds it offers. Free of
// the engine and of the LSP library on purpose: the entry point answers `initialize` before loading
// either (early-initialize.ts).
import type { InitializeParams, InitializeResult, ServerCapabilities } from 'vscode-languageserver-protocol';
import { CodeActionKind } from 'vscode-languageserver-types';
import { SERVER_COMMANDS } from '../../../shared/commands.js';
import { VERSION } from '../engine/version.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.jixiao`;
export const INSERT_MISSING_KIND = `${CodeActionKind.Source}.jixiao.insertMissingSections`;
/** Completion opens by itself after 、 (the list marker), never while an input method composes. */
export const TRIGGER_CHARACTERS = ['、'];

/** Pull diagnostics when the client can pull them, else the server pushes. */
export function wantsPullDiagnostics(params: InitializeParams): boolean {
  return Boolean(params.capabilities.textDocument?.diagnostic);
}

export function serverCapabilities(params: InitializeParams): ServerCapabilities {
  return {
    textDocumentSync: 2, // TextDocumentSyncKind.Incremental (a protocol constant, not in the types package)
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, INSERT_MISSING_KIND] },
    completionProvider: { triggerCharacters: TRIGGER_CHARACTERS },
    hoverProvider: true,
    documentSymbolProvider: { label: 'Jixiao' },
    foldingRangeProvider: true,
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
    ...(wantsPullDiagnostics(params)
      ? { diagnosticProvider: { identifier: 'jixiao', interFileDependencies: false, workspaceDiagnostics: false } }
      : {}),
  };
}

export function initializeResult(params: InitializeParams): InitializeResult {
  return { capabilities: serverCapabilities(params), serverInfo: { name: 'jixiao-language-server', version: VERSION } };
}
