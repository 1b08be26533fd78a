// A note's tool mentions, packed: the index holds hundreds of thousands of them, and as objects
// (a mention, its range, two positions) they were most of its memory. Here they are seven
// 32-bit numbers each in one Int32Array, with a small table of the strings they point at.
// `Mention` objects are made only on demand, for the one note or tool a request is about.
import type { Mention, Note, NoteBase, Position, Range } from './model';

/** Numbers per mention: tool, text, talk (string table indexes; -1: no talk), start line/character, end line/character. */
export const MENTION_FIELDS = 7;

/** Where each number sits in a mention's MENTION_FIELDS (for code that reads the table without making objects). */
export const MENTION_TOOL = 0;
export const MENTION_TEXT = 1;
export const MENTION_TALK = 2;
export const MENTION_START_LINE = 3;
export const MENTION_START_CHARACTER = 4;
export const MENTION_END_LINE = 5;
export const MENTION_END_CHARACTER = 6;
const TOOL = MENTION_TOOL;
const TEXT = MENTION_TEXT;
const TALK = MENTION_TALK;
const SL = MENTION_START_LINE;
const SC = MENTION_START_CHARACTER;
const EL = MENTION_END_LINE;
const EC = MENTION_END_CHARACTER;

/** Numbers per summary row: tool, talk (-1: no talk), mentions, mentions on the talk's title line. */
export const SUMMARY_FIELDS = 4;

export class MentionTable {
  /**
   * Per (tool, talk) pair: how many mentions, and how many on the talk's title line.
   * Rows are grouped by tool; `toolRows` maps a tool's string index to its first row.
   */
  readonly summary: Int32Array;

  /**
   * Its strings are already shared with other notes (those of one persistent index file): the
   * index need not look each up in its pool of strings. Private, so a table compares and
   * serialises the same wherever it came from (a WeakSet of such tables cost every load and
   * every collection a hash per table).
   */
  #stringsShared = false;

  /**
   * @param strings tool ids, texts and talk ids the numbers point at
   * @param data MENTION_FIELDS numbers per mention, in the note's order
   */
  constructor(
    readonly strings: string[],
    readonly data: Int32Array,
    summary?: Int32Array,
  ) {
    this.summary = summary ?? new Int32Array(0);
  }

  markStringsShared(): void {
    this.#stringsShared = true;
  }

  get stringsShared(): boolean {
    return this.#stringsShared;
  }

  get length(): number {
    return this.data.length / MENTION_FIELDS;
  }

  toolId(i: number): string {
    return this.strings[this.data[i * MENTION_FIELDS + TOOL]];
  }

  text(i: number): string {
    return this.strings[this.data[i * MENTION_FIELDS + TEXT]];
  }

  talkId(i: number): string | null {
    const t = this.data[i * MENTION_FIELDS + TALK];
    return t < 0 ? null : this.strings[t];
  }

  /** The string index of a tool id in this note, or -1 when the note does not mention it. */
  toolIndex(toolId: string): number {
    const s = this.summary;
    for (let r = 0; r < s.length; r += SUMMARY_FIELDS) if (this.strings[s[r]] === toolId) return s[r];
    return -1;
  }

  startLine(i: number): number {
    return this.data[i * MENTION_FIELDS + SL];
  }

  range(i: number): Range {
    const o = i * MENTION_FIELDS;
    const d = this.data;
    return { start: { line: d[o + SL], character: d[o + SC] }, end: { line: d[o + EL], character: d[o + EC] } };
  }

  /** A mention as an object (made now; the table keeps none). */
  get(i: number): Mention {
    return { toolId: this.toolId(i), text: this.text(i), range: this.range(i), talkId: this.talkId(i) };
  }

  /** Indexes of the mentions of one tool, in the note's order. */
  indexesOf(toolId: string): number[] {
    const tool = this.toolIndex(toolId);
    const out: number[] = [];
    if (tool < 0) return out;
    const d = this.data;
    for (let o = 0, i = 0; o < d.length; o += MENTION_FIELDS, i++) if (d[o + TOOL] === tool) out.push(i);
    return out;
  }

  /**
   * Pushes a location (`uri` and the mention's range) per mention of a tool (its string index,
   * see toolIndex), in the note's order, straight from the numbers; says whether they came in
   * strictly increasing order of start.
   */
  pushLocations(tool: number, uri: string, out: Array<{ uri: string; range: Range }>): boolean {
    const d = this.data;
    let increasing = true;
    let line = -1;
    let character = -1;
    for (let o = 0; o < d.length; o += MENTION_FIELDS) {
      if (d[o + TOOL] !== tool) continue;
      const sl = d[o + SL];
      const sc = d[o + SC];
      if (sl < line || (sl === line && sc <= character)) increasing = false;
      line = sl;
      character = sc;
      out.push({ uri, range: { start: { line: sl, character: sc }, end: { line: d[o + EL], character: d[o + EC] } } });
    }
    return increasing;
  }

  /**
   * The mention under a position: one that holds it and does not end at it; else one that ends
   * right at it (the cursor just after a word). -1 when there is none.
   */
  indexAt(pos: Position): number {
    const d = this.data;
    let ending = -1;
    for (let o = 0, i = 0; o < d.length; o += MENTION_FIELDS, i++) {
      const sl = d[o + SL];
      const el = d[o + EL];
      if (pos.line < sl || pos.line > el) continue;
      if (pos.line === sl && pos.character < d[o + SC]) continue;
      if (pos.line === el && pos.character > d[o + EC]) continue;
      if (pos.line < el || pos.character < d[o + EC]) return i;
      if (ending < 0) ending = i;
    }
    return ending;
  }

  *[Symbol.iterator](): IterableIterator<Mention> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }

  /** Serialises as the plain mentions it stands for. */
  toJSON(): Mention[] {
    return [...this];
  }
}

/** Marks a table whose strings are already shared with other notes (see MentionTable's #stringsShared). */
export function markStringsShared(table: MentionTable): MentionTable {
  table.markStringsShared();
  return table;
}

export function stringsShared(table: MentionTable): boolean {
  return table.stringsShared;
}

/** A note as the index keeps it: everything the extractor said, with its mentions packed. */
export interface StoredNote extends NoteBase {
  mentions: MentionTable;
}

export function isStored(note: Note | StoredNote): note is StoredNote {
  return note.mentions instanceof MentionTable;
}

/** Each extracted note is packed once, whoever asks first (the index, the persistent cache). */
const packed = new WeakMap<Note, StoredNote>();

/** The packed form of a note (the note itself when it already is). `intern` shares equal strings between notes. */
export function storedNote(note: Note | StoredNote, intern: (s: string) => string = (s) => s): StoredNote {
  if (isStored(note)) return note;
  let stored = packed.get(note);
  if (stored) return stored;
  stored = { ...note, mentions: packMentions(note, note.mentions, intern) };
  packed.set(note, stored);
  return stored;
}

/**
 * A note's mentions packed, for a note that is only packed once and then let go (a worker's, which
 * crosses threads as numbers): no copy of the note and no entry in the memo of packed notes.
 */
export function mentionTableOf(note: Note | StoredNote): MentionTable {
  return isStored(note) ? note.mentions : (packed.get(note)?.mentions ?? packMentions(note, note.mentions, (s) => s));
}

function packMentions(note: Pick<Note, 'events'>, mentions: readonly Mention[], intern: (s: string) => string): MentionTable {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string) => {
    let i = ids.get(s);
    if (i === undefined) ids.set(s, (i = strings.push(intern(s)) - 1));
    return i;
  };
  const data = new Int32Array(mentions.length * MENTION_FIELDS);
  let o = 0;
  for (const m of mentions) {
    data[o + TOOL] = id(m.toolId);
    data[o + TEXT] = id(m.text);
    data[o + TALK] = m.talkId === null ? -1 : id(m.talkId);
    data[o + SL] = m.range.start.line;
    data[o + SC] = m.range.start.character;
    data[o + EL] = m.range.end.line;
    data[o + EC] = m.range.end.character;
    o += MENTION_FIELDS;
  }
  return new MentionTable(strings, data, summarize(strings, data, note));
}

/** A table from numbers already packed (the persistent cache): the summary is made from them. */
export function mentionTable(strings: string[], data: Int32Array, note: Pick<Note, 'events'>): MentionTable {
  return new MentionTable(strings, data, summarize(strings, data, note));
}

/** Mention counts per (tool, talk) pair of one note, grouped by tool in order of first mention. */
function summarize(strings: string[], data: Int32Array, note: Pick<Note, 'events'>): Int32Array {
  const titleLine = new Map<string, number>();
  for (const e of note.events) for (const t of e.talks) titleLine.set(t.id, t.titleRange.start.line);
  // tool → talk → [count, on title]
  const byTool = new Map<number, Map<number, [number, number]>>();
  for (let o = 0; o < data.length; o += MENTION_FIELDS) {
    const tool = data[o + TOOL];
    const talk = data[o + TALK];
    let byTalk = byTool.get(tool);
    if (!byTalk) byTool.set(tool, (byTalk = new Map()));
    let row = byTalk.get(talk);
    if (!row) byTalk.set(talk, (row = [0, 0]));
    row[0]++;
    if (talk >= 0 && titleLine.get(strings[talk]) === data[o + SL]) row[1]++;
  }
  let rows = 0;
  for (const byTalk of byTool.values()) rows += byTalk.size;
  const out = new Int32Array(rows * SUMMARY_FIELDS);
  let r = 0;
  for (const [tool, byTalk] of byTool) {
    for (const [talk, [count, titled]] of byTalk) {
      out[r] = tool;
      out[r + 1] = talk;
      out[r + 2] = count;
      out[r + 3] = titled;
      r += SUMMARY_FIELDS;
    }
  }
  return out;
}
