// The tool catalog: built-in entries plus the user's own, and the matcher built from them.
import { rememberedAnswer } from '../extract/detach';
import type { Range, TalkReference } from '../model';
import { nameKey } from '../text';
import { Matcher, type Spelling } from './matcher';
import builtinTools from './tools.json';
import type { AliasSpec, ToolEntry } from './types';

declare const __INFRANOTES_CATALOG_KEY__: string | undefined;

/**
 * Changes whenever the built-in catalog does (a persistent index made with another catalog is
 * stale). scripts/build.mjs computes it the same way, so a start does not serialise the catalog.
 */
export const BUILTIN_CATALOG_KEY: string = typeof __INFRANOTES_CATALOG_KEY__ === 'string' ? __INFRANOTES_CATALOG_KEY__ : catalogKey(builtinTools as ToolEntry[]);

export function catalogKey(tools: readonly ToolEntry[]): string {
  const json = JSON.stringify(tools);
  return `${tools.length}:${json.length}:${hashString(json)}`;
}

function hashString(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

export interface Tool extends ToolEntry {
  /** Where the entry comes from; a user's entry carries its place in the user's tool file. */
  source: 'builtin' | 'user';
  definition?: { uri: string; range: Range };
  /** Lower-cased context words, ready for lookups. */
  contextWords: string[];
}

export interface UserTool {
  entry: Partial<ToolEntry> & { id: string };
  uri: string;
  range: Range;
}

/** What lookups and the matcher read, made from the entries. */
interface CatalogTables {
  byId: Map<string, Tool>;
  byKey: Map<string, Tool>;
  spellings: Spelling[];
  /** Per tool with `partOf`: the pattern of its parents' spellings, and the parent of each alternative. */
  parts: Map<string, { pattern: RegExp; parents: string[] }>;
}

/** A parent tool spelled inside a mention of its part: `from`/`to` are offsets in the mention's text. */
export interface PartWithin {
  toolId: string;
  from: number;
  to: number;
}

/**
 * Every table is made on first use: a start builds the built-in catalog before its first answer,
 * and a warm start reads no tool until a request or the background work asks (20-30 ms, the
 * matcher's trie another 100).
 */
export class Catalog {
  private built: CatalogTables | null = null;
  private builtMatcher: Matcher | null = null;
  /** A copy: the tables are made later, from the tools as they were given. */
  private readonly user: readonly UserTool[];
  /** partWithin's answers, by tool and text: each pattern holds every spelling of the parents, about 13 µs an ask, and the 1k benchmark corpus asks about 4,000 times for 25 texts. */
  private readonly partAnswers = new Map<string, Readonly<PartWithin> | null>();

  constructor(
    private readonly builtinEntries: readonly ToolEntry[],
    user: readonly UserTool[] = [],
  ) {
    this.user = user.slice();
  }

  private tables(): CatalogTables {
    return (this.built ??= buildTables(this.builtinEntries, this.user));
  }

  /** The trie over every spelling, made when a note is first extracted. */
  get matcher(): Matcher {
    return (this.builtMatcher ??= new Matcher(this.tables().spellings));
  }

  static builtin(user: readonly UserTool[] = []): Catalog {
    return new Catalog(builtinTools as ToolEntry[], user);
  }

  get(id: string): Tool | undefined {
    return this.tables().byId.get(id);
  }

  all(): Tool[] {
    return [...this.tables().byId.values()];
  }

  /** A tool by any of its spellings or its id, ignoring case, spaces and punctuation. */
  lookup(name: string): Tool | undefined {
    return this.tables().byKey.get(nameKey(name));
  }

  /**
   * The tool a mention of `toolId` also names because its text spells a tool it is part of
   * ("Vault" in "Vault Agent", "Terraform" in "HCP Terraform"); null for most tools.
   */
  partWithin(toolId: string, text: string): Readonly<PartWithin> | null {
    const part = this.parts.get(toolId);
    if (!part) return null;
    // (A mention's text is one of few spellings, met again and again: its answer is kept.)
    return rememberedAnswer(this.partAnswers, `${toolId}\n${text}`, 4096, () => {
      const m = part.pattern.exec(text);
      return m ? { toolId: part.parents[m.slice(1).findIndex((g) => g !== undefined)], from: m.index, to: m.index + m[0].length } : null;
    });
  }

  /** The tools that are part of others (Tool.partOf), for a quick look before partWithin. */
  get parts(): ReadonlyMap<string, { pattern: RegExp; parents: string[] }> {
    return this.tables().parts;
  }

  /** Every spelling of a tool, for hover cards and completion. */
  aliasesOf(tool: Tool): string[] {
    const seen = new Set<string>([nameKey(tool.name)]);
    const out: string[] = [];
    for (const a of tool.aliases ?? []) {
      const text = typeof a === 'string' ? a : a.text;
      const key = nameKey(text);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(text);
    }
    return out;
  }
}

function buildTables(builtin: readonly ToolEntry[], user: readonly UserTool[]): CatalogTables {
  const byId = new Map<string, Tool>();
  const byKey = new Map<string, Tool>();
  for (const entry of builtin) byId.set(entry.id, toTool(entry, 'builtin'));
  for (const u of user) {
    const base = byId.get(u.entry.id);
    const merged: ToolEntry = {
      id: u.entry.id,
      name: u.entry.name ?? base?.name ?? u.entry.id,
      category: u.entry.category ?? base?.category ?? 'other',
      vendor: u.entry.vendor ?? base?.vendor ?? '',
      homepage: u.entry.homepage ?? base?.homepage ?? '',
      description: u.entry.description ?? base?.description ?? '',
      aliases: [...(base?.aliases ?? []), ...(u.entry.aliases ?? [])],
      context: [...(base?.context ?? []), ...(u.entry.context ?? [])],
      nameIsAmbiguous: u.entry.nameIsAmbiguous ?? base?.nameIsAmbiguous,
      partOf: u.entry.partOf ?? base?.partOf,
    };
    const tool = toTool(merged, 'user');
    tool.definition = { uri: u.uri, range: u.range };
    byId.set(tool.id, tool);
  }
  const spellings: Spelling[] = [];
  const keys: string[] = [];
  for (const tool of byId.values()) {
    for (const s of spellingsOf(tool)) {
      const key = nameKey(s.text);
      spellings.push(s);
      keys.push(key);
      if (!s.needsContext && key && !byKey.has(key)) byKey.set(key, tool);
    }
    byKey.set(nameKey(tool.id), tool);
  }
  // Exact lookups (front matter, completion) accept any spelling, ambiguous ones included.
  for (let i = 0; i < spellings.length; i++) {
    const key = keys[i];
    if (key && !byKey.has(key)) byKey.set(key, byId.get(spellings[i].toolId)!);
  }
  const parts = new Map<string, { pattern: RegExp; parents: string[] }>();
  for (const tool of byId.values()) {
    const parents = (tool.partOf ?? []).map((id) => byId.get(id)).filter((p): p is Tool => !!p && p.id !== tool.id);
    if (!parents.length) continue;
    // One group per parent, its spellings longest first; a Latin spelling stands as a whole word.
    const groups = parents.map((p) => `(${[...new Set(spellingsOf(p).map((s) => s.text))].sort((a, b) => b.length - a.length).map(asWord).join('|')})`);
    parts.set(tool.id, { pattern: new RegExp(groups.join('|'), 'iu'), parents: parents.map((p) => p.id) });
  }
  return { byId, byKey, spellings, parts };
}

function asWord(spelling: string): string {
  const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = /^[a-z0-9]/i.test(spelling) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[a-z0-9]$/i.test(spelling) ? '(?![\\p{L}\\p{N}])' : '';
  return before + escaped + after;
}

function toTool(entry: ToolEntry, source: Tool['source']): Tool {
  // A tool named plainly in the same talk confirms its ambiguous spellings ("Consul … 컨설").
  const plain = [entry.nameIsAmbiguous ? '' : entry.name, ...(entry.aliases ?? []).filter((a): a is string => typeof a === 'string')];
  const words = new Set([...(entry.context ?? []), ...plain].map((w) => w.toLowerCase()).filter((w) => w.length >= 2));
  return { ...entry, source, contextWords: [...words] };
}

function spellingsOf(tool: Tool): Spelling[] {
  const aliases = tool.aliases ?? [];
  // An alias written like the name decides how the name itself is matched ("Go" needs context).
  const sameAsName = aliases.some((a) => typeof a !== 'string' && a.text === tool.name);
  const name: AliasSpec[] = sameAsName ? [] : [tool.nameIsAmbiguous ? { text: tool.name, caseSensitive: true, needsContext: false } : tool.name];
  const out: Spelling[] = [];
  for (const a of [...name, ...aliases]) {
    if (typeof a === 'string') out.push({ toolId: tool.id, text: a, caseSensitive: false, needsContext: false });
    else out.push({ toolId: tool.id, text: a.text, caseSensitive: !!a.caseSensitive, needsContext: !!a.needsContext && tool.contextWords.length > 0 });
  }
  // "App + Install -> HELM", "VAULT 도입기": a one-word name matched by its case, written in capitals, counts
  // where its context does (as the lower-case spelling does), unless another spelling already reads it so.
  if (tool.contextWords.length > 0) {
    for (const s of out.slice()) {
      const caps = s.text.toUpperCase();
      if (!s.caseSensitive || s.needsContext || caps === s.text || s.text.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(s.text)) continue;
      if (!out.some((o) => o.text === caps || (!o.caseSensitive && o.text.toUpperCase() === caps))) out.push({ toolId: tool.id, text: caps, caseSensitive: true, needsContext: true });
    }
  }
  return out.filter((s) => s.text.trim().length > 0);
}

/** `[[Terraform]]`: a wiki link to a tool's own page. It names the tool (a mention), not a talk. */
export function wikiLinkNamesTool(ref: TalkReference, catalog: Catalog): boolean {
  return ref.kind === 'wiki' && ref.target.event === undefined && catalog.lookup(ref.text) !== undefined;
}
