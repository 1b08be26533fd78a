// How our programs start: the Node flags in the shebang the build writes (server/src/node-flags.json),
// so that tests run dist/server.js as a terminal or the editor does.
import { readFileSync } from 'node:fs';

/** The flags after `node` in a script's `#!/usr/bin/env -S node FLAGS` line (none for `#!/usr/bin/env node`). */
export function shebangFlags(script: string): string[] {
  const first = readFileSync(script, 'utf8').split('\n', 1)[0];
  const m = /^#!\S*env(?:\s+-S)?\s+node((?:\s+\S+)*)\s*$/.exec(first);
  if (!m) throw new Error(`${script} does not start with a node shebang: ${first}`);
  return m[1].split(/\s+/).filter(Boolean);
}
