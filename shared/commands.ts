// The commands the language server executes (workspace/executeCommand), with their arguments and
// result: announced by the server, run by the VS Code client. Plain values, no library: the server's
// entry point names them in its `initialize` answer before loading the LSP library
// (server/src/lsp/early-initialize.ts).

export const SERVER_COMMANDS = {
  /** Inserts every missing section of the report; arguments: [the document's uri]. */
  insertMissingSections: 'jixiao.server.insertMissingSections',
  /** Applies every compatible safe fix; arguments: [the document's uri]. */
  fixAll: 'jixiao.server.fixAll',
  /** Inserts the template's 自评表 skeleton at a position; arguments: [the document's uri, the cursor's position]. */
  insertSelfEvalTable: 'jixiao.server.insertSelfEvalTable',
} as const;

export type ServerCommand = (typeof SERVER_COMMANDS)[keyof typeof SERVER_COMMANDS];

/** The arguments of every server command: the uri of the document it edits (and, to insert a table, where). */
export type ServerCommandArguments = [uri: string, position?: { line: number; character: number }];

/** What every server command answers: whether the client applied its edit. */
export interface ServerCommandResult {
  applied: boolean;
}
