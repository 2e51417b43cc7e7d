// The server's one V8 setting, applied by the server itself rather than on Node's command line: any V8
// flag there makes Node refuse the compiled code of its own built-in modules (embedded for its default
// flags), and the server started 15-20 ms slower. The same holds for a flag set at run time, so it is
// set once every built-in module the server uses is loaded (the engine's bundle needs none besides).
//
// The old generation grows by 30 % before its next full collection instead of V8's default of up to
// 4x, so the copies of the text a typing drafter leaves behind (one per keystroke) are freed soon.
// Measured in docs/benchmarks.md: peak memory with a 1 MB report about 127 MB instead of 155 MB, at
// no measurable cost per keystroke.
import { setFlagsFromString } from 'node:v8';

export function tuneHeap(): void {
  setFlagsFromString('--heap-growing-percent=30');
}
