// Small questions about a file the client is about to write, asked through VS Code's file system (so
// they work on any workspace file system): its name, and whether it is there already.
import * as vscode from 'vscode';

/** The last segment of the uri's path. */
export const basename = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
