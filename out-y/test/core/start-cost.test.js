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
// What a start builds before the first answer: the character tables are made by ranges (held
// here to the functions they tabulate), and the catalog's matcher only when a note is extracted.
const node_test_1 = require("node:test");
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const path = __importStar(require("node:path"));
const catalog_1 = require("../../server/src/core/catalog/catalog");
const tools_json_1 = __importDefault(require("../../server/src/core/catalog/tools.json"));
const text_1 = require("../../server/src/core/text");
(0, node_test_1.test)('FOLD holds foldChar of every UTF-16 unit', () => {
    for (let c = 0; c < 65536; c++)
        if (text_1.FOLD[c] !== (0, text_1.foldChar)(c))
            strict_1.default.fail(`FOLD[${c.toString(16)}] = ${text_1.FOLD[c].toString(16)}, foldChar gives ${(0, text_1.foldChar)(c).toString(16)}`);
});
(0, node_test_1.test)('SCRIPT_OF_FOLDED holds scriptOf of every UTF-16 unit', () => {
    for (let c = 0; c < 65536; c++)
        if (text_1.SCRIPT_OF_FOLDED[c] !== (0, text_1.scriptOf)(c))
            strict_1.default.fail(`SCRIPT_OF_FOLDED[${c.toString(16)}] = ${text_1.SCRIPT_OF_FOLDED[c]}, scriptOf gives ${(0, text_1.scriptOf)(c)}`);
});
(0, node_test_1.test)('SCRIPT_OF_CHAR holds the script of every UTF-16 unit once folded', () => {
    for (let c = 0; c < 65536; c++)
        if (text_1.SCRIPT_OF_CHAR[c] !== (0, text_1.scriptOf)((0, text_1.foldChar)(c)))
            strict_1.default.fail(`SCRIPT_OF_CHAR[${c.toString(16)}] = ${text_1.SCRIPT_OF_CHAR[c]}, scriptOf(foldChar) gives ${(0, text_1.scriptOf)((0, text_1.foldChar)(c))}`);
});
(0, node_test_1.test)('the catalog makes its tables and its matcher on first use, once', () => {
    const catalog = catalog_1.Catalog.builtin();
    const fields = catalog;
    strict_1.default.equal(fields.built, null, 'tables made with the catalog');
    strict_1.default.equal(fields.builtMatcher, null, 'matcher made with the catalog');
    strict_1.default.equal(catalog.lookup('terraform')?.id, 'terraform');
    strict_1.default.equal(fields.builtMatcher, null, 'matcher made by a lookup');
    const matcher = catalog.matcher;
    strict_1.default.equal(catalog.matcher, matcher, 'built again');
    strict_1.default.deepEqual(matcher.find('We moved from Terraform to Pulumi.').map((m) => m.spellings[0].toolId), ['terraform', 'pulumi']);
});
(0, node_test_1.test)('the bundles carry the built-in catalog key catalog.ts computes (scripts/build.mjs makes it)', () => {
    strict_1.default.equal(catalog_1.BUILTIN_CATALOG_KEY, (0, catalog_1.catalogKey)(tools_json_1.default));
    const dist = path.join(__dirname, '..', '..', '..', 'dist');
    for (const bundle of ['server.bundle.js', 'cli.bundle.js', 'extract-worker.bundle.js']) {
        strict_1.default.ok((0, node_fs_1.readFileSync)(path.join(dist, bundle), 'utf8').includes(JSON.stringify(catalog_1.BUILTIN_CATALOG_KEY)), `${bundle} has another key`);
    }
});
//# sourceMappingURL=start-cost.test.js.map