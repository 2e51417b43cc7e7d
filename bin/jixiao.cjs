#!/usr/bin/env node
'use strict';
// `jixiao … | head` closes the pipe early: stop quietly instead of crashing on EPIPE
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
require('../dist/cli.cjs')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
