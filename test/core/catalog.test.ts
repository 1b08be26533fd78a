// Validates the built-in tool catalog (server/src/core/catalog/tools.json).
//
// The catalog is plain JSON, so TypeScript only sees `string` where ToolEntry has literal unions:
// every rule of ToolEntry is therefore checked here at run time, plus the rules that keep the
// matcher honest (no spelling claimed by two tools unless every claimant needs context).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import tools from '../../server/src/core/catalog/tools.json';
import type { AliasSpec, ToolCategory, ToolEntry } from '../../server/src/core/catalog/types';

const MIN_ENTRIES = 260;
const MAX_DESCRIPTION = 160;
const ID_PATTERN = /^[a-z0-9][a-z0-9.+-]*$/;

const CATEGORIES = [
  'iac', 'config-management', 'containers', 'orchestration', 'kubernetes', 'service-mesh',
  'networking', 'service-discovery', 'ci-cd', 'gitops', 'observability', 'logging', 'tracing',
  'database', 'cache', 'messaging', 'secrets', 'security', 'policy', 'storage',
  'cloud-aws', 'cloud-gcp', 'cloud-azure', 'cloud', 'virtualization', 'os',
  'language', 'framework', 'vcs', 'collaboration', 'testing', 'build', 'data', 'other',
] as const satisfies readonly ToolCategory[];

// Compile-time guard: fails to compile if ToolCategory gains a member this list lacks.
type UnlistedCategory = Exclude<ToolCategory, (typeof CATEGORIES)[number]>;
const everyCategoryListed: [UnlistedCategory] extends [never] ? true : false = true;

const ENTRY_KEYS = new Set(['id', 'name', 'category', 'vendor', 'homepage', 'description', 'aliases', 'context', 'nameIsAmbiguous', 'partOf']);
const REQUIRED_KEYS = ['id', 'name', 'category', 'vendor', 'homepage', 'description'] as const;
const ALIAS_KEYS = new Set(['text', 'caseSensitive', 'needsContext']);

/**
 * Spellings that must never match in capitals (TF means "task force" in Korean notes): allowed only in lower
 * case, matched by case and where the tool's context is ("our tf state").
 */
const FORBIDDEN_SPELLINGS = ['tf'];
/** Ordinary Korean/Japanese words: allowed only as needsContext spellings. */
const CONTEXT_ONLY_SPELLINGS = ['셰프', 'シェフ', '소금', '트래픽', 'ラスト'];

/** How spellings are compared: NFKC, case-insensitive. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The key two spellings collide on. Spaces in an alias match a space, a hyphen or nothing, so
 * "Argo CD", "Argo-CD" and "ArgoCD" are one spelling for this purpose.
 */
function spellingKey(text: string): string {
  return fold(text).replace(/[\s\-‐‑–]+/gu, '');
}

function aliasText(alias: AliasSpec): string {
  return typeof alias === 'string' ? alias : alias.text;
}

function needsContext(alias: AliasSpec): boolean {
  return typeof alias !== 'string' && alias.needsContext === true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCleanText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() === value && value.length > 0 && !/\s{2,}/u.test(value);
}

/** Shape and content problems of one raw catalog entry (empty when it is a valid ToolEntry). */
function entryProblems(raw: unknown): string[] {
  if (!isObject(raw)) return ['entry is not an object'];
  const where = typeof raw.id === 'string' ? raw.id : JSON.stringify(raw).slice(0, 60);
  const problems: string[] = [];
  const say = (msg: string): void => { problems.push(`${where}: ${msg}`); };

  for (const key of Object.keys(raw)) if (!ENTRY_KEYS.has(key)) say(`unknown field "${key}"`);
  for (const key of REQUIRED_KEYS) if (!isCleanText(raw[key])) say(`"${key}" must be a non-empty, trimmed string`);
  if (problems.length > 0) return problems;
  const e = raw as unknown as ToolEntry;

  if (!ID_PATTERN.test(e.id)) say(`id "${e.id}" is not kebab-case (${ID_PATTERN})`);
  if (!(CATEGORIES as readonly string[]).includes(e.category)) say(`unknown category "${e.category}"`);

  let url: URL | null = null;
  try { url = new URL(e.homepage); } catch { /* reported below */ }
  if (!e.homepage.startsWith('https://') || url === null || url.protocol !== 'https:' || /\s/u.test(e.homepage)) {
    say(`homepage "${e.homepage}" is not an https URL`);
  }

  if (/[\r\n\u2028\u2029]/u.test(e.description)) say('description must be one line');
  if (e.description.length > MAX_DESCRIPTION) say(`description is ${e.description.length} chars (max ${MAX_DESCRIPTION})`);

  if (raw.nameIsAmbiguous !== undefined && typeof raw.nameIsAmbiguous !== 'boolean') say('nameIsAmbiguous must be a boolean');

  const aliases: AliasSpec[] = [];
  if (raw.aliases !== undefined) {
    if (!Array.isArray(raw.aliases)) say('aliases must be an array');
    else {
      for (const a of raw.aliases as unknown[]) {
        if (typeof a === 'string') {
          if (!isCleanText(a)) say(`alias ${JSON.stringify(a)} must be a non-empty, trimmed string`);
          else aliases.push(a);
        } else if (isObject(a)) {
          for (const key of Object.keys(a)) if (!ALIAS_KEYS.has(key)) say(`alias ${JSON.stringify(a)} has unknown field "${key}"`);
          if (!isCleanText(a.text)) say(`alias ${JSON.stringify(a)} needs a non-empty, trimmed "text"`);
          else if (a.caseSensitive !== undefined && typeof a.caseSensitive !== 'boolean') say(`alias "${a.text}": caseSensitive must be a boolean`);
          else if (a.needsContext !== undefined && typeof a.needsContext !== 'boolean') say(`alias "${a.text}": needsContext must be a boolean`);
          else if (a.caseSensitive !== true && a.needsContext !== true) say(`alias "${a.text}": object form without a flag; use a plain string`);
          else aliases.push(a as AliasSpec);
        } else {
          say(`alias ${JSON.stringify(a)} is neither a string nor an object`);
        }
      }
    }
  }

  // The same plain spelling twice (or a plain alias repeating the name) is a copy-paste slip.
  const plain = new Map<string, string>([[fold(e.name), e.name]]);
  for (const a of aliases) {
    if (typeof a !== 'string') continue;
    const prior = plain.get(fold(a));
    if (prior !== undefined) say(`alias "${a}" repeats "${prior}"`);
    plain.set(fold(a), a);
  }
  // Exact duplicates of object aliases too.
  const objects = new Set<string>();
  for (const a of aliases) {
    if (typeof a === 'string') continue;
    const k = `${a.text.normalize('NFKC')}|${a.caseSensitive === true}|${a.needsContext === true}`;
    if (objects.has(k)) say(`alias ${JSON.stringify(a)} is listed twice`);
    objects.add(k);
  }

  const context: string[] = [];
  if (raw.context !== undefined) {
    if (!Array.isArray(raw.context)) say('context must be an array');
    else {
      const seen = new Set<string>();
      for (const w of raw.context as unknown[]) {
        if (!isCleanText(w)) { say(`context word ${JSON.stringify(w)} must be a non-empty, trimmed string`); continue; }
        if (seen.has(fold(w))) say(`context word "${w}" is listed twice`);
        seen.add(fold(w));
        context.push(w);
      }
    }
  }

  const contextual = aliases.filter(needsContext);
  if (contextual.length > 0 && context.length === 0) {
    say(`needsContext alias "${aliasText(contextual[0]!)}" but the tool has no context words`);
  }
  // A context word found inside the mention itself would confirm every mention.
  for (const a of contextual) {
    const spelled = fold(aliasText(a));
    for (const w of context) {
      if (spelled.includes(fold(w))) say(`context word "${w}" occurs inside its own needsContext alias "${aliasText(a)}"`);
    }
  }

  if (raw.nameIsAmbiguous === true && !aliases.some((a) => typeof a !== 'string' && a.text.normalize('NFKC') === e.name.normalize('NFKC'))) {
    say('nameIsAmbiguous is set but no object alias spells out how the name may match');
  }

  const lowerInContext = (a: (typeof aliases)[number]) => typeof a !== 'string' && a.caseSensitive === true && a.needsContext === true && a.text === a.text.toLowerCase();
  for (const s of [e.name, ...aliases.filter((a) => !lowerInContext(a)).map(aliasText)]) {
    if (FORBIDDEN_SPELLINGS.includes(fold(s))) say(`spelling "${s}" is forbidden`);
  }
  for (const s of [e.name, ...aliases.filter((a) => !needsContext(a)).map(aliasText)]) {
    if (CONTEXT_ONLY_SPELLINGS.includes(fold(s))) say(`spelling "${s}" is an ordinary word: it must be needsContext`);
  }
  return problems;
}

interface Claim {
  toolId: string;
  spelled: string;
  guarded: boolean;
}

/**
 * Spellings claimed by more than one tool where some claim is not guarded by needsContext
 * (with a non-empty context list). Every spelling counts: the name, plain aliases and object
 * aliases, compared by spellingKey().
 */
/**
 * `partOf` names other entries, and one of the entry's own spellings spells a parent as a
 * whole word ("Vault" in "Vault Agent"): otherwise the relation could never count a mention.
 */
function partOfProblems(entries: readonly ToolEntry[]): string[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const spellings = (e: ToolEntry): string[] => [e.name, ...(e.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))];
  const problems: string[] = [];
  for (const e of entries) {
    if (e.partOf === undefined) continue;
    if (!Array.isArray(e.partOf) || !e.partOf.length) {
      problems.push(`${e.id}: partOf must be a non-empty list of ids`);
      continue;
    }
    for (const id of e.partOf) {
      const parent = byId.get(id);
      if (!parent || id === e.id) {
        problems.push(`${e.id}: partOf names no other entry "${id}"`);
        continue;
      }
      const own = spellings(e).map(fold);
      const spelled = spellings(parent).some((p) => own.some((s) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(fold(p))}(?:$|[^\\p{L}\\p{N}])`, 'u').test(s) || (!/^[a-z0-9]/.test(fold(p)) && s.includes(fold(p)))));
      if (!spelled) problems.push(`${e.id}: no spelling of it spells its parent "${id}"`);
    }
  }
  return problems;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function spellingConflicts(entries: readonly ToolEntry[]): string[] {
  const claims = new Map<string, Claim[]>();
  for (const e of entries) {
    const hasContext = (e.context ?? []).length > 0;
    const aliases = e.aliases ?? [];
    const perTool = new Map<string, Claim>();
    const claim = (spelled: string, guarded: boolean): void => {
      const key = spellingKey(spelled);
      const prior = perTool.get(key);
      if (prior === undefined) perTool.set(key, { toolId: e.id, spelled, guarded: guarded && hasContext });
      else prior.guarded = prior.guarded && guarded && hasContext;
    };
    // The name is guarded only when an alias with exactly its text requires context.
    const nameNorm = e.name.normalize('NFKC');
    claim(e.name, aliases.some((a) => needsContext(a) && aliasText(a).normalize('NFKC') === nameNorm));
    for (const a of aliases) claim(aliasText(a), needsContext(a));
    for (const [key, c] of perTool) {
      const list = claims.get(key) ?? [];
      list.push(c);
      claims.set(key, list);
    }
  }
  const conflicts: string[] = [];
  for (const list of claims.values()) {
    if (list.length < 2 || list.every((c) => c.guarded)) continue;
    conflicts.push(list.map((c) => `${c.toolId} ("${c.spelled}"${c.guarded ? ', needsContext' : ''})`).join(' vs '));
  }
  return conflicts;
}

function compareEntries(a: ToolEntry, b: ToolEntry): number {
  if (a.category !== b.category) return a.category < b.category ? -1 : 1;
  const an = fold(a.name);
  const bn = fold(b.name);
  return an < bn ? -1 : an > bn ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------

const raw: unknown = tools;
const entries = (Array.isArray(raw) ? raw : []) as ToolEntry[];

function entry(over: Partial<ToolEntry> & Pick<ToolEntry, 'id' | 'name'>): ToolEntry {
  return {
    category: 'other', vendor: 'Example', homepage: 'https://example.com', description: 'An example tool.',
    ...over,
  };
}

test('every ToolCategory is in the test\'s category list', () => {
  assert.equal(everyCategoryListed, true);
});

test(`the catalog is an array of at least ${MIN_ENTRIES} tools`, () => {
  assert.ok(Array.isArray(raw), 'tools.json must hold a JSON array');
  assert.ok(entries.length >= MIN_ENTRIES, `only ${entries.length} entries`);
});

test('every entry is a well-formed ToolEntry', () => {
  const problems = entries.flatMap(entryProblems);
  assert.deepEqual(problems, []);
});

test('ids are unique', () => {
  const seen = new Set<string>();
  const dupes = entries.map((e) => e.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  assert.deepEqual(dupes, []);
});

test('no spelling is shared by two tools unless every one of them needs context', () => {
  assert.deepEqual(spellingConflicts(entries), []);
});

test('entries are sorted by category, then name', () => {
  const misplaced: string[] = [];
  for (let i = 1; i < entries.length; i++) {
    if (compareEntries(entries[i - 1]!, entries[i]!) > 0) misplaced.push(`${entries[i - 1]!.id} before ${entries[i]!.id}`);
  }
  assert.deepEqual(misplaced, []);
});

test('every partOf names another entry that one of its spellings spells', () => {
  assert.deepEqual(partOfProblems(entries), []);
});

// The checks above must be able to fail: feed them known-bad data.

test('the partOf check catches a missing parent and a parent no spelling names', () => {
  const vault = entry({ id: 'vault', name: 'Vault' });
  assert.deepEqual(partOfProblems([vault, { ...entry({ id: 'vault-agent', name: 'Vault Agent' }), partOf: ['vault'] }]), []);
  assert.equal(partOfProblems([vault, { ...entry({ id: 'agent', name: 'Agent' }), partOf: ['nomad'] }]).length, 1);
  assert.equal(partOfProblems([vault, { ...entry({ id: 'agent', name: 'Agent' }), partOf: ['vault'] }]).length, 1);
  // Inside a longer word is no spelling of it.
  assert.equal(partOfProblems([vault, { ...entry({ id: 'vaulted', name: 'Vaulted Store' }), partOf: ['vault'] }]).length, 1);
});

test('the conflict check catches a shared distinctive spelling', () => {
  const a = entry({ id: 'alpha', name: 'Alpha', aliases: ['Shared Name'] });
  const b = entry({ id: 'beta', name: 'Beta', aliases: ['shared-name'] });
  assert.equal(spellingConflicts([a, b]).length, 1);
  // A name colliding with another tool's alias, differing only in case and width.
  const c = entry({ id: 'gamma', name: 'ＧＡＭＭＡ' });
  const d = entry({ id: 'delta', name: 'Delta', aliases: ['gamma'] });
  assert.equal(spellingConflicts([c, d]).length, 1);
  // caseSensitive alone is not enough to share a spelling.
  const e = entry({ id: 'eps', name: 'Eps', aliases: [{ text: 'Word', caseSensitive: true }], context: ['x'] });
  const f = entry({ id: 'phi', name: 'Phi', aliases: [{ text: 'Word', needsContext: true }], context: ['y'] });
  assert.equal(spellingConflicts([e, f]).length, 1);
});

test('the conflict check allows a spelling every claimant guards with context', () => {
  const a = entry({ id: 'alpha', name: 'Alpha', aliases: [{ text: 'Word', caseSensitive: true, needsContext: true }], context: ['a'] });
  const b = entry({ id: 'beta', name: 'Beta', aliases: [{ text: 'word', needsContext: true }], context: ['b'] });
  assert.deepEqual(spellingConflicts([a, b]), []);
  // ...but not when one of them has no context list to check against.
  const c = entry({ id: 'gamma', name: 'Gamma', aliases: [{ text: 'Word', needsContext: true }] });
  assert.equal(spellingConflicts([a, c]).length, 1);
});

test('the entry check catches malformed entries', () => {
  const bad: unknown[] = [
    { ...entry({ id: 'Bad_Id', name: 'X' }) },
    { ...entry({ id: 'x', name: 'X' }), category: 'clouds' },
    { ...entry({ id: 'x', name: 'X' }), homepage: 'http://example.com' },
    { ...entry({ id: 'x', name: 'X' }), description: 'two\nlines' },
    { ...entry({ id: 'x', name: 'X' }), description: 'x'.repeat(MAX_DESCRIPTION + 1) },
    { ...entry({ id: 'x', name: 'X' }), vendor: '' },
    { ...entry({ id: 'x', name: 'X' }), aliases: [{ text: 'Y', needsContext: true }] },
    { ...entry({ id: 'x', name: 'X' }), aliases: ['Y', 'y'] },
    { ...entry({ id: 'x', name: 'X' }), aliases: ['TF'] },
    { ...entry({ id: 'x', name: 'X' }), aliases: ['셰프'] },
    { ...entry({ id: 'x', name: 'X' }), aliases: [{ text: 'Kit', needsContext: true }], context: ['kit'] },
    { ...entry({ id: 'x', name: 'Word' }), nameIsAmbiguous: true },
    { ...entry({ id: 'x', name: 'X' }), colour: 'blue' },
  ];
  for (const b of bad) assert.notDeepEqual(entryProblems(b), [], `accepted ${JSON.stringify(b)}`);
  assert.deepEqual(entryProblems(entry({ id: 'ok', name: 'Ok', aliases: ['OK tool'] })), []);
});

test('the sort check notices an out-of-order pair', () => {
  assert.ok(compareEntries(entry({ id: 'b', name: 'B', category: 'os' }), entry({ id: 'a', name: 'A', category: 'cache' })) > 0);
  assert.ok(compareEntries(entry({ id: 'b', name: 'beta' }), entry({ id: 'a', name: 'Alpha' })) > 0);
});
