#!/usr/bin/env -S node --max-semi-space-size=2 --heap-growing-percent=30
'use strict';
// The Jixiao language server for any LSP client: jixiao-language-server --stdio
// (the Node options keep peak memory down on large reports: server/src/lsp/node-options.ts)
require('../dist/server.cjs');
