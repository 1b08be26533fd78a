"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shebangFlags = shebangFlags;
exports.shebangEnv = shebangEnv;
// How our programs start: the Node flags and the environment in the shebang the build writes
// (server/src/node-flags.json), so that tests run dist/server.js as a terminal or the editor does.
const node_fs_1 = require("node:fs");
/** The shebang `#!/usr/bin/env -S [NAME=VALUE ...] node [FLAGS ...]` of a script, taken apart. */
function shebang(script) {
    const first = (0, node_fs_1.readFileSync)(script, 'utf8').split('\n', 1)[0];
    const m = /^#!\S*env(?:\s+-S)?((?:\s+\w+=\S*)*)\s+node((?:\s+\S+)*)\s*$/.exec(first);
    if (!m)
        throw new Error(`${script} does not start with a node shebang: ${first}`);
    const env = {};
    for (const word of m[1].split(/\s+/).filter(Boolean))
        env[word.slice(0, word.indexOf('='))] = word.slice(word.indexOf('=') + 1);
    return { env, flags: m[2].split(/\s+/).filter(Boolean) };
}
/** The flags after `node` in a script's shebang (none for `#!/usr/bin/env node`). */
function shebangFlags(script) {
    return shebang(script).flags;
}
/** The variables the shebang sets before `node`. */
function shebangEnv(script) {
    return shebang(script).env;
}
//# sourceMappingURL=launch.js.map