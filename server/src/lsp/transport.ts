// How the client talks to the server, read from the command line the way vscode-languageserver reads it
// (the first of these arguments wins), so the server can say what is missing before loading anything.
export type Transport = 'stdio' | 'node-ipc' | 'socket' | 'pipe';

export function transportOf(args: readonly string[]): Transport | undefined {
  for (const arg of args) {
    if (arg === '--stdio') return 'stdio';
    if (arg === '--node-ipc') return 'node-ipc';
    const name = arg.split('=')[0];
    if (name === '--socket') return 'socket';
    if (name === '--pipe') return 'pipe';
  }
  return undefined;
}

export const USAGE = `jixiao-language-server: 绩效自评报告的语言服务器，由编辑器启动，需指定连接方式。
The Jixiao language server is started by an editor and needs a transport:

  jixiao-language-server --stdio            JSON-RPC over stdin/stdout (most LSP clients)
  jixiao-language-server --node-ipc         Node IPC (VS Code's language client)
  jixiao-language-server --socket=<port>    a TCP socket on 127.0.0.1
  jixiao-language-server --pipe=<name>      a named pipe

To check reports from a terminal, use the CLI: jixiao check <files or folders>
`;
