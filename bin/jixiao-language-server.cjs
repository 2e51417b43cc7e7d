#!/usr/bin/env node
'use strict';
// The Jixiao language server for any LSP client: jixiao-language-server --stdio
require('../dist/server.cjs');
