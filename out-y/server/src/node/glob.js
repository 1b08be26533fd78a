"use strict";
// Glob patterns as VS Code settings write them (`**/*.md`, `**/node_modules/**`, `*.{md,txt}`,
// `[!.]*`), matched against '/'-separated paths relative to a workspace folder.
Object.defineProperty(exports, "__esModule", { value: true });
exports.globToRegExp = globToRegExp;
exports.matchesAny = matchesAny;
const cache = new Map();
function globToRegExp(glob) {
    let re = cache.get(glob);
    if (re)
        return re;
    let out = '';
    let depth = 0;
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                // `**/` matches any number of folders, `/**` anything below, a lone `**` anything.
                const before = i === 0 || glob[i - 1] === '/';
                i++;
                if (glob[i + 1] === '/' && before) {
                    i++;
                    out += '(?:[^/]*/)*';
                }
                else
                    out += '.*';
            }
            else
                out += '[^/]*';
        }
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const close = glob.indexOf(']', i + 1);
            if (close < 0)
                out += '\\[';
            else {
                let body = glob.slice(i + 1, close);
                if (body.startsWith('!'))
                    body = '^' + body.slice(1);
                out += '[' + body.replace(/\\/g, '\\\\') + ']';
                i = close;
            }
        }
        else if (c === '{') {
            depth++;
            out += '(?:';
        }
        else if (c === '}' && depth) {
            depth--;
            out += ')';
        }
        else if (c === ',' && depth)
            out += '|';
        else
            out += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
    }
    re = new RegExp('^' + out + '$');
    cache.set(glob, re);
    return re;
}
function matchesAny(relPath, globs) {
    return globs.some((g) => globToRegExp(g).test(relPath));
}
//# sourceMappingURL=glob.js.map