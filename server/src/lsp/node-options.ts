// Node options the language server runs with, wherever it is started: the VS Code client passes them,
// bin/jixiao-language-server.cjs has them on its #! line (a test keeps the two equal), and the
// benchmark uses them. Measured in docs/benchmarks.md: a small young generation, and an old generation
// that grows by 30 % before its next full collection instead of V8's default of up to 4x, so the
// copies of the text a typing drafter leaves behind (one per keystroke) are freed soon. Peak memory
// with a 1 MB report fell from about 155 MB to 97 MB, with a 5 MB report from 351 MB to 166 MB, at no
// measurable cost per keystroke.
export const SERVER_NODE_OPTIONS = ['--max-semi-space-size=2', '--heap-growing-percent=30'];
