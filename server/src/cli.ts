// The `infranotes` command: the same index as the editor, for scripts and other editors' users.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineTable, codePointColumn } from './core/text';
import { indexFolder, readFolderNotes, type FolderIndex, type FolderNotes, type FolderRead } from './node/folder';
import { defaultCacheFolder } from './node/index-cache';
import { FileNote, printEvents, type NotePrinter } from './node/index-file';
import type { Catalog } from './core/catalog/catalog';
import { searchIndex } from './core/features/search';
import { MENTION_FIELDS, MENTION_START_CHARACTER, MENTION_START_LINE, MENTION_TEXT, MENTION_TOOL, SUMMARY_FIELDS, type StoredNote } from './core/mentions';
import { reuseSettings } from './core/extract/note';

// The command line extracts each note once: what an edit of a long note could reuse is not kept.
reuseSettings.minChars = Number.POSITIVE_INFINITY;

const USAGE = `Usage: infranotes <command> [options]

Commands:
  index <folder> [--json]        Index a notes folder; print an outline, or the whole index as JSON.
  tool <name> <folder> [--json]  Where a tool was mentioned (any spelling: terraform, 테라폼, テラフォーム).
  search <query> <folder> [--json]
                                 Search events, talks, speakers and tools.
                                 Each command also takes one note file instead of a folder.
  help                           Show this help.

Options:
  --no-cache                     Extract every note; do not read or write the persistent index
                                 (by default in $XDG_CACHE_HOME/infranotes/index or ~/.cache/infranotes/index,
                                 shared with the language server; a note is taken from it only if its
                                 size, modification time and content hash are unchanged).
`;

class UsageError extends Error {}
class NoNotesError extends Error {}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const useCache = !argv.includes('--no-cache');
  const args = argv.filter((a) => a !== '--json' && a !== '--no-cache');
  const [command, ...rest] = args;
  switch (command) {
    case 'index': {
      const notes = await needNotes(rest[0]);
      // Character columns (JSON only) need the texts of the notes with characters outside the BMP.
      if (json) await writeJson(await load(notes, useCache, true));
      else await writeOutline(await loadNotes(notes, useCache));
      return 0;
    }
    case 'tool': {
      if (!rest[0]) throw new UsageError('tool: which tool? e.g. `infranotes tool terraform notes/`');
      const loaded = await load(await needNotes(rest[1]), useCache);
      const tool = loaded.index.catalog.lookup(rest[0]);
      if (!tool) {
        process.stderr.write(`infranotes: no tool called "${rest[0]}" in the catalog.\n`);
        return 1;
      }
      // In the notes' order (a stable sort keeps each note's own order), whatever order they were indexed in.
      const found = loaded.index.mentionsOf(tool.id).sort((a, b) => comparePaths(rel(loaded, a.note.uri), rel(loaded, b.note.uri)));
      const mentions = found.map(({ mention, note }) => ({
        path: rel(loaded, note.uri),
        line: mention.range.start.line + 1,
        column: mention.range.start.character + 1,
        text: mention.text,
        talk: mention.talkId ? loaded.index.talk(mention.talkId)?.talk.title ?? null : null,
      }));
      if (json) process.stdout.write(JSON.stringify({ id: tool.id, name: tool.name, category: tool.category, description: tool.description, mentions }, null, 2) + '\n');
      else {
        process.stdout.write(`${tool.name} (${tool.category}) — ${tool.description}\n`);
        for (const m of mentions) process.stdout.write(`  ${m.path}:${m.line}:${m.column}  ${m.text}${m.talk ? `  [${m.talk}]` : ''}\n`);
        if (!mentions.length) process.stdout.write('  (not mentioned in these notes)\n');
      }
      return 0;
    }
    case 'search': {
      if (!rest[0]) throw new UsageError('search: what to search for?');
      const loaded = await load(await needNotes(rest[1]), useCache);
      const results = searchIndex(loaded.index, rest[0], 30).map((r) => ({ ...r, path: rel(loaded, r.uri), line: r.range.start.line + 1 }));
      if (json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
      else for (const r of results) process.stdout.write(`${r.kind.padEnd(8)} ${r.label}${r.detail ? `  — ${r.detail}` : ''}  (${r.path}:${r.line})\n`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** Where the notes are: a folder, or one note file (read with its folder's tool file). */
interface NotesArgument {
  folder: string;
  file?: string;
}

async function needNotes(given: string | undefined): Promise<NotesArgument> {
  if (!given) throw new UsageError('which folder? e.g. `infranotes index ~/notes`');
  const abs = path.resolve(given);
  let st;
  try {
    st = await fs.stat(abs);
  } catch {
    throw new UsageError(`no such folder or file: ${given}`);
  }
  if (st.isDirectory()) return { folder: abs };
  if (!st.isFile()) throw new UsageError(`not a folder or a file: ${given}`);
  return { folder: path.dirname(abs), file: abs };
}

async function load(notes: NotesArgument, useCache: boolean, keepTexts = false): Promise<FolderIndex> {
  const loaded = await indexFolder(notes.folder, undefined, { keepTexts, cacheFolder: useCache ? defaultCacheFolder() : null, onlyFile: notes.file });
  return reported(notes, loaded, loaded.index.size);
}

/** The notes without an index (the outline). */
async function loadNotes(notes: NotesArgument, useCache: boolean): Promise<FolderNotes> {
  const loaded = await readFolderNotes(notes.folder, undefined, { cacheFolder: useCache ? defaultCacheFolder() : null, onlyFile: notes.file });
  return reported(notes, loaded, loaded.notes.size);
}

/** Says what was skipped and what is wrong in the tool file; fails when there are no notes. */
function reported<T extends FolderRead>({ folder, file }: NotesArgument, loaded: T, notes: number): T {
  for (const s of loaded.skipped) process.stderr.write(`infranotes: skipped ${path.relative(folder, s.path) || s.path}: ${s.reason}\n`);
  for (const p of loaded.toolFile?.problems ?? []) process.stderr.write(`infranotes: ${path.relative(folder, loaded.toolFile!.path)}:${p.range.start.line + 1}: ${p.message}\n`);
  if (notes === 0) {
    if (file) throw new NoNotesError(`no note in ${file}`);
    throw new NoNotesError(`no notes in ${folder} (looked for .md, .markdown, .txt and extension-less text files)`);
  }
  return loaded;
}

/** Paths relative to the folder, made once per note (the JSON names a note's path at every mention). */
const relPaths = new WeakMap<FolderRead, Map<string, string>>();

function rel(loaded: FolderRead, uri: string): string {
  let paths = relPaths.get(loaded);
  if (!paths) relPaths.set(loaded, (paths = new Map()));
  let p = paths.get(uri);
  if (p === undefined) paths.set(uri, (p = path.relative(loaded.root, loaded.files.get(uri) ?? fileURLToPath(uri)).split(path.sep).join('/')));
  return p;
}

/**
 * Writes `JSON.stringify(index, null, 2)` of the whole index a note and a tool at a time: the
 * same bytes, without holding them all (176 MB at 10,000 notes) as one string and one object tree.
 */
async function writeJson(loaded: FolderIndex): Promise<void> {
  const { index } = loaded;
  const { notes, skipped, sorted } = toJson(loaded);
  // A tool's mentions go in the notes' order, not the order the workers finished them in, so two
  // runs over the same folder write the same bytes.
  const rank = new Map(sorted.map((note, i) => [note.uri, i]));
  const out = new Utf8Output(process.stdout);
  const write = (s: string): Promise<void> | null => out.text(s);
  // An item of a top-level array, as JSON.stringify(…, null, 2) indents it (strings hold no raw line breaks).
  const item = (value: unknown) => '    ' + JSON.stringify(value, null, 2).replace(/\n/g, '\n    ');
  const list = async (name: string, items: Iterable<unknown>, last: boolean) => {
    let first = true;
    for (const value of items) {
      await write((first ? `  ${JSON.stringify(name)}: [\n` : ',\n') + item(value));
      first = false;
    }
    await write((first ? `  ${JSON.stringify(name)}: []` : '\n  ]') + (last ? '\n' : ',\n'));
  };
  await write('{\n');
  await list('notes', notes, false);
  // Tools and their mentions (most of the output) written by hand, as JSON.stringify would at
  // their depth, straight from the mention tables in the order mentionsOf gives them.
  const lineText = new Map<string, LineTable>();
  let firstTool = true;
  for (const { toolId } of index.mentionedTools()) {
    const tool = index.catalog.get(toolId);
    const head = item({ id: toolId, name: tool?.name ?? toolId, category: tool?.category ?? 'other' }).slice(0, -'\n    }'.length);
    await write((firstTool ? '  "tools": [\n' : ',\n') + head + ',\n      "mentions": [');
    firstTool = false;
    let firstMention = true;
    const mentioning = [...index.notesMentioning(toolId)].sort((a, b) => rank.get(a.uri)! - rank.get(b.uri)!);
    for (const note of mentioning) {
      const notePath = JSON.stringify(rel(loaded, note.uri));
      const table = note.mentions;
      const n = table.toolIndex(toolId);
      const d = table.data;
      for (let o = 0; o < d.length; o += MENTION_FIELDS) {
        if (d[o + MENTION_TOOL] !== n) continue;
        const line = d[o + MENTION_START_LINE];
        const column = columnOf(lineText, loaded, note, line, d[o + MENTION_START_CHARACTER]) + 1;
        const drained = write(`${firstMention ? '' : ','}\n        {\n          "path": ${notePath},\n          "line": ${line + 1},\n          "column": ${column},\n          "text": ${JSON.stringify(table.strings[d[o + MENTION_TEXT]])}\n        }`);
        if (drained) await drained;
        firstMention = false;
      }
    }
    await write(firstMention ? ']\n    }' : '\n      ]\n    }');
  }
  await write(firstTool ? '  "tools": [],\n' : '\n  ],\n');
  await list('skipped', skipped, true);
  await write('}\n');
  await out.end();
}

function toJson(loaded: FolderIndex) {
  const { index } = loaded;
  const notes = inPathOrder(loaded);
  return {
    sorted: notes,
    notes: mapped(notes, (note) => ({
      path: rel(loaded, note.uri),
      language: note.language,
      encoding: note.encoding,
      events: note.events.map((e) => ({
        id: e.id,
        name: e.name,
        date: e.date,
        endDate: e.endDate,
        location: e.location,
        line: e.nameRange.start.line + 1,
        talks: e.talks.map((t) => ({
          id: t.id,
          title: t.title,
          ...(t.otherTitle !== undefined ? { otherTitle: t.otherTitle } : {}),
          line: t.titleRange.start.line + 1,
          endLine: t.bodyRange.end.line + 1,
          speakers: t.speakers.map((s) => ({ name: s.name, org: s.org, ...(s.handle ? { handle: s.handle } : {}), ...(s.role ? { role: s.role } : {}) })),
          tools: t.tools.map((c) => ({ id: c.toolId, name: index.catalog.get(c.toolId)?.name ?? c.toolId, count: c.count })),
        })),
      })),
      references: note.references.map((r) => ({ kind: r.kind, text: r.text, line: r.range.start.line + 1, target: r.target })),
      problems: note.problems.map((p) => ({ line: p.range.start.line + 1, message: p.message })),
    })),
    skipped: loaded.skipped.map((s) => ({ path: path.relative(loaded.root, s.path).split(path.sep).join('/'), reason: s.reason })),
  };
}

/** One collator for every comparison (what localeCompare uses, made once: 10k notes sorted in about 0.25 s with localeCompare). */
const comparePaths = new Intl.Collator().compare;

/** The index's notes by their paths relative to the folder: the order of every listing. */
function inPathOrder(loaded: FolderIndex | FolderNotes): StoredNote[] {
  const count = 'index' in loaded ? loaded.index.size : loaded.notes.size;
  // From the listing's order, which is nearly this one (each folder's names sorted): the sort then
  // has little left to do.
  const listed: StoredNote[] = [];
  for (const uri of loaded.files.keys()) {
    const note = 'index' in loaded ? loaded.index.note(uri) : loaded.notes.get(uri);
    if (note) listed.push(note);
  }
  return (listed.length === count ? listed : 'index' in loaded ? loaded.index.notes() : [...loaded.notes.values()])
    .map((note) => ({ note, path: rel(loaded, note.uri) }))
    .sort((a, b) => comparePaths(a.path, b.path))
    .map((n) => n.note);
}

/** Made one at a time as they are written. */
function* mapped<T, U>(items: Iterable<T>, fn: (item: T) => U): Generator<U> {
  for (const item of items) yield fn(item);
}

/** Columns in the JSON count characters (code points), not UTF-16 units. */
function columnOf(cache: Map<string, LineTable>, loaded: FolderIndex, note: { uri: string }, line: number, character: number): number {
  const text = loaded.texts?.get(note.uri);
  if (!text) return character;
  let table = cache.get(note.uri);
  if (!table) cache.set(note.uri, (table = new LineTable(text)));
  return codePointColumn(table.line(line), character);
}

/**
 * Prints the outline a line at a time into a buffer as UTF-8, written every 64 KB. Joined into
 * one string (8 MB at 10k notes), every line stayed alive until the end, so the collector copied
 * them all, and the whole was copied again to be joined and encoded. A note from the persistent
 * index prints from the file's numbers, without making its events' and talks' objects.
 */
async function writeOutline(loaded: FolderNotes): Promise<void> {
  const out = new Utf8Output(process.stdout);
  const printer = new OutlinePrinter(out, loaded.catalog);
  /** The tools mentioned, as the index would count them: every tool of a note's mention summary. */
  const mentioned = new Set<string>();
  for (const note of inPathOrder(loaded)) {
    const { strings, summary } = note.mentions;
    for (let r = 0; r < summary.length; r += SUMMARY_FIELDS) mentioned.add(strings[summary[r]]);
    out.line(`${rel(loaded, note.uri)}  [${note.language}, ${note.encoding}]`);
    if (note instanceof FileNote) note.print(printer);
    else printEvents(note.events, printer);
    printer.endNote();
    const drained = out.drained();
    if (drained) await drained;
  }
  out.line('');
  out.line(`${loaded.notes.size} notes, ${printer.events} events, ${printer.talks} talks, ${mentioned.size} tools mentioned; ${loaded.skipped.length} files skipped; ${loaded.millis.toFixed(0)} ms${loaded.fromCache ? ` (${loaded.fromCache} notes from the persistent index)` : ''}`);
  await out.end();
}

/** A note's lines of the outline: an event's, then each talk's with its speakers, and its tools'. */
class OutlinePrinter implements NotePrinter {
  events = 0;
  talks = 0;
  /** The talk being printed (-1: none): its title's line and title, its speakers and tools so far. */
  private talkLine = -1;
  private title = '';
  private speakers = 0;
  private who = '';
  private tools = '';
  private readonly toolNames = new Map<string, string>();

  constructor(
    private readonly out: Utf8Output,
    private readonly catalog: Catalog,
  ) {}

  event(name: string, date: string | null, endDate: string | null, location: string | null): void {
    this.endTalk();
    this.events++;
    const when = date ? (endDate ? `${date} – ${endDate}` : date) : 'no date';
    this.out.line(`  ${name}  (${when}${location ? `, ${location}` : ''})`);
  }

  talk(line: number, title: string): void {
    this.endTalk();
    this.talks++;
    this.talkLine = line;
    this.title = title;
  }

  speaker(name: string, org: string | null): void {
    this.who += (this.speakers++ ? ', ' : '') + (org ? `${name} (${org})` : name);
  }

  tool(toolId: string, count: number): void {
    let name = this.toolNames.get(toolId);
    if (name === undefined) this.toolNames.set(toolId, (name = this.catalog.get(toolId)?.name ?? toolId));
    this.tools += `${this.tools ? ', ' : '        tools: '}${name}×${count}`;
  }

  endNote(): void {
    this.endTalk();
  }

  private endTalk(): void {
    if (this.talkLine < 0) return;
    this.out.line(`    ${this.talkLine + 1}: ${this.title}${this.who ? ` — ${this.who}` : ''}`);
    if (this.tools) this.out.line(this.tools);
    this.talkLine = -1;
    this.speakers = 0;
    this.who = '';
    this.tools = '';
  }
}

/**
 * Text written as UTF-8 straight into a buffer, and to the stream every 64 KB: the outline's lines
 * and the JSON's pieces. (Writing each name and number of a line on its own instead took 1.6
 * times as long.)
 */
class Utf8Output {
  private buffer = Buffer.allocUnsafe(OUTPUT_CHUNK);
  private used = 0;
  /** Set when the stream asked to wait: drained() waits for it. */
  private waiting: Promise<void> | null = null;

  constructor(private readonly out: NodeJS.WritableStream) {}

  /** Writes a line and its line break. */
  line(s: string): void {
    this.put(s, true);
  }

  /** Writes text; a promise when the stream has asked to wait before more is written. */
  text(s: string): Promise<void> | null {
    this.put(s, false);
    return this.waiting;
  }

  private put(s: string, lineBreak: boolean): void {
    // At most three bytes per UTF-16 unit.
    const most = 3 * s.length + (lineBreak ? 1 : 0);
    if (this.used + most > this.buffer.length) {
      this.flush();
      if (most > this.buffer.length) {
        this.send(Buffer.from(lineBreak ? s + '\n' : s));
        return;
      }
    }
    this.used += this.buffer.write(s, this.used);
    if (lineBreak) this.buffer[this.used++] = 0x0a;
  }

  /** Waits when the stream has asked to (a pipe read slowly). */
  drained(): Promise<void> | null {
    return this.waiting;
  }

  async end(): Promise<void> {
    this.flush();
    await this.waiting;
  }

  private flush(): void {
    if (!this.used) return;
    // A new buffer each time: the stream may still hold the last one.
    const full = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(OUTPUT_CHUNK);
    this.used = 0;
    this.send(full);
  }

  private send(bytes: Buffer): void {
    if (this.out.write(bytes) || this.waiting) return;
    this.waiting = new Promise((resolve) =>
      this.out.once('drain', () => {
        this.waiting = null;
        resolve();
      }),
    );
  }
}

const OUTPUT_CHUNK = 1 << 16;

// `infranotes index … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// Exit codes are set, not forced: process.exit would cut a large JSON written to a pipe.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof UsageError) {
      process.stderr.write(`infranotes: ${e.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (e instanceof NoNotesError) {
      process.stderr.write(`infranotes: ${e.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`infranotes: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
