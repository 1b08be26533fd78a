"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Catalog = exports.BUILTIN_CATALOG_KEY = void 0;
exports.catalogKey = catalogKey;
exports.wikiLinkNamesTool = wikiLinkNamesTool;
const text_1 = require("../text");
const matcher_1 = require("./matcher");
const tools_json_1 = __importDefault(require("./tools.json"));
/**
 * Changes whenever the built-in catalog does (a persistent index made with another catalog is
 * stale). scripts/build.mjs computes it the same way, so a start does not serialise the catalog.
 */
exports.BUILTIN_CATALOG_KEY = typeof __INFRANOTES_CATALOG_KEY__ === 'string' ? __INFRANOTES_CATALOG_KEY__ : catalogKey(tools_json_1.default);
function catalogKey(tools) {
    const json = JSON.stringify(tools);
    return `${tools.length}:${json.length}:${hashString(json)}`;
}
function hashString(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(16);
}
/**
 * Every table is made on first use: a start builds the built-in catalog before its first answer,
 * and a warm start reads no tool until a request or the background work asks (20-30 ms, the
 * matcher's trie another 100).
 */
class Catalog {
    builtinEntries;
    built = null;
    builtMatcher = null;
    /** A copy: the tables are made later, from the tools as they were given. */
    user;
    constructor(builtinEntries, user = []) {
        this.builtinEntries = builtinEntries;
        this.user = user.slice();
    }
    tables() {
        return (this.built ??= buildTables(this.builtinEntries, this.user));
    }
    /** The trie over every spelling, made when a note is first extracted. */
    get matcher() {
        return (this.builtMatcher ??= new matcher_1.Matcher(this.tables().spellings));
    }
    static builtin(user = []) {
        return new Catalog(tools_json_1.default, user);
    }
    get(id) {
        return this.tables().byId.get(id);
    }
    all() {
        return [...this.tables().byId.values()];
    }
    /** A tool by any of its spellings or its id, ignoring case, spaces and punctuation. */
    lookup(name) {
        return this.tables().byKey.get((0, text_1.nameKey)(name));
    }
    /** Every spelling of a tool, for hover cards and completion. */
    aliasesOf(tool) {
        const seen = new Set([(0, text_1.nameKey)(tool.name)]);
        const out = [];
        for (const a of tool.aliases ?? []) {
            const text = typeof a === 'string' ? a : a.text;
            const key = (0, text_1.nameKey)(text);
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push(text);
        }
        return out;
    }
}
exports.Catalog = Catalog;
function buildTables(builtin, user) {
    const byId = new Map();
    const byKey = new Map();
    for (const entry of builtin)
        byId.set(entry.id, toTool(entry, 'builtin'));
    for (const u of user) {
        const base = byId.get(u.entry.id);
        const merged = {
            id: u.entry.id,
            name: u.entry.name ?? base?.name ?? u.entry.id,
            category: u.entry.category ?? base?.category ?? 'other',
            vendor: u.entry.vendor ?? base?.vendor ?? '',
            homepage: u.entry.homepage ?? base?.homepage ?? '',
            description: u.entry.description ?? base?.description ?? '',
            aliases: [...(base?.aliases ?? []), ...(u.entry.aliases ?? [])],
            context: [...(base?.context ?? []), ...(u.entry.context ?? [])],
            nameIsAmbiguous: u.entry.nameIsAmbiguous ?? base?.nameIsAmbiguous,
        };
        const tool = toTool(merged, 'user');
        tool.definition = { uri: u.uri, range: u.range };
        byId.set(tool.id, tool);
    }
    const spellings = [];
    const keys = [];
    for (const tool of byId.values()) {
        for (const s of spellingsOf(tool)) {
            const key = (0, text_1.nameKey)(s.text);
            spellings.push(s);
            keys.push(key);
            if (!s.needsContext && key && !byKey.has(key))
                byKey.set(key, tool);
        }
        byKey.set((0, text_1.nameKey)(tool.id), tool);
    }
    // Exact lookups (front matter, completion) accept any spelling, ambiguous ones included.
    for (let i = 0; i < spellings.length; i++) {
        const key = keys[i];
        if (key && !byKey.has(key))
            byKey.set(key, byId.get(spellings[i].toolId));
    }
    return { byId, byKey, spellings };
}
function toTool(entry, source) {
    // A tool named plainly in the same talk confirms its ambiguous spellings ("Consul … 컨설").
    const plain = [entry.nameIsAmbiguous ? '' : entry.name, ...(entry.aliases ?? []).filter((a) => typeof a === 'string')];
    const words = new Set([...(entry.context ?? []), ...plain].map((w) => w.toLowerCase()).filter((w) => w.length >= 2));
    return { ...entry, source, contextWords: [...words] };
}
function spellingsOf(tool) {
    const aliases = tool.aliases ?? [];
    // An alias written like the name decides how the name itself is matched ("Go" needs context).
    const sameAsName = aliases.some((a) => typeof a !== 'string' && a.text === tool.name);
    const name = sameAsName ? [] : [tool.nameIsAmbiguous ? { text: tool.name, caseSensitive: true, needsContext: false } : tool.name];
    const out = [];
    for (const a of [...name, ...aliases]) {
        if (typeof a === 'string')
            out.push({ toolId: tool.id, text: a, caseSensitive: false, needsContext: false });
        else
            out.push({ toolId: tool.id, text: a.text, caseSensitive: !!a.caseSensitive, needsContext: !!a.needsContext && tool.contextWords.length > 0 });
    }
    return out.filter((s) => s.text.trim().length > 0);
}
/** `[[Terraform]]`: a wiki link to a tool's own page. It names the tool (a mention), not a talk. */
function wikiLinkNamesTool(ref, catalog) {
    return ref.kind === 'wiki' && ref.target.event === undefined && catalog.lookup(ref.text) !== undefined;
}
//# sourceMappingURL=catalog.js.map