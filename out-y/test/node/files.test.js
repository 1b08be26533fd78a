"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// A file's URI is the one pathToFileURL gives, whether or not it is made without a URL object.
const strict_1 = __importDefault(require("node:assert/strict"));
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const node_url_1 = require("node:url");
const files_1 = require("../../server/src/node/files");
(0, node_test_1.describe)('fileUri', () => {
    (0, node_test_1.test)('equals pathToFileURL for plain paths and for every character that needs escaping', () => {
        const names = ['note.md', 'a-b_c~d+e,f=g@h.txt', '.hidden', '..', '.', 'a b.md', 'a%20b.md', 'a#b.md', 'a?b.md', 'a\\b.md', 'a\nb', 'a\tb', 'a"b', 'a<b>', 'a`b', 'a{b}', 'a^b', 'a|b', 'a[b]', "a'b", 'a(b)', 'a;b', 'a:b', 'a!b', 'a$b', 'a&b', 'a*b', '쿠버네티스.md', 'テラフォーム.md', 'é.md', '😀.md', '...', '.x', 'x.', 'trailing/'];
        const dirs = ['/notes', '/work/main/.bench/corpus-10000/2019', '/', '/a//b', '/a/./b', '/a/../b', '/a/b/'];
        for (const dir of dirs) {
            for (const name of names) {
                const file = dir.endsWith('/') ? dir + name : `${dir}/${name}`;
                strict_1.default.equal((0, files_1.fileUri)(file), (0, node_url_1.pathToFileURL)(file).href, file);
            }
        }
    });
    (0, node_test_1.test)('a path whose URI is itself is not made through a URL object', { skip: path.sep !== '/' }, () => {
        strict_1.default.equal((0, files_1.fileUri)('/notes/2024/kubecon-eu.md'), 'file:///notes/2024/kubecon-eu.md');
    });
});
//# sourceMappingURL=files.test.js.map