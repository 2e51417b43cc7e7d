// The commands the extension contributes (package.json `contributes.commands`). The manifest cannot
// import them, so test/unit/manifest-commands.test.ts keeps the two, and the walkthrough's
// `onCommand:` events, in step. No `vscode` import: the test reads this file outside VS Code.
export const CLIENT_COMMANDS = {
  newReport: 'jixiao.newReport',
  insertMissingSections: 'jixiao.insertMissingSections',
  insertSelfEvalTable: 'jixiao.insertSelfEvalTable',
  restartServer: 'jixiao.restartServer',
  showOutput: 'jixiao.showOutput',
  importWord: 'jixiao.importWord',
  exportWord: 'jixiao.exportWord',
  checkWorkspace: 'jixiao.checkWorkspace',
  copyCiWorkflow: 'jixiao.copyCiWorkflow',
} as const;
