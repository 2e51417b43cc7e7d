#!/usr/bin/env -S node --max-semi-space-size=2
'use strict';
// The Jixiao language server for any LSP client: jixiao-language-server --stdio
// (the small young generation keeps peak memory down on large reports; see docs/benchmarks.md)
require('../dist/server.cjs');
