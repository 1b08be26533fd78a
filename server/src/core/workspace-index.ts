// The index of a whole notes folder: every note's extraction plus the maps that answer
// questions across notes (who mentioned a tool, a speaker's talks, a talk by title, which notes
// refer to a name). Updates are per note: changing one note touches only that note's entries.
// Mentions are kept packed (mentions.ts); per tool, the index knows the notes that mention it
// and how often, so no question about a tool reads every mention of the workspace.
import { Catalog } from './catalog/catalog';
import { extractNote } from './extract/note';
import { MENTION_END_CHARACTER, MENTION_FIELDS, MENTION_START_LINE, MENTION_TALK, MENTION_TEXT, MENTION_TOOL, SUMMARY_FIELDS, storedNote, stringsShared, type MentionTable, type StoredNote } from './mentions';
import type { Event, Mention, Note, Range, Talk, TalkReference } from './model';
import { fileTitle, nameKey } from './text';

export type { StoredNote } from './mentions';

export interface TalkEntry {
  talk: Talk;
  event: Event;
  note: StoredNote;
}

export interface MentionEntry {
  mention: Mention;
  note: StoredNote;
}

export interface SpeakerEntry {
  key: string;
  name: string;
  orgs: string[];
  talks: TalkEntry[];
}

/** What put() files a note under, read without making its events' and talks' objects (see OutlinedNote). */
export interface NoteOutlineVisitor {
  /** `key`: the name's nameKey, when the note knows it (else computed). */
  event(id: string, name: string, key?: string): void;
  talk(id: string, title: string, key?: string): void;
  /** One of the talk last visited's speakers; `key` its speakerKey when known. */
  speaker(name: string, org: string | null, key?: string): void;
}

/**
 * A note that can tell its events' ids and names, its talks' ids and titles and its speakers'
 * names and organisations, in its order, without making their objects (a note read from the
 * persistent index: node/index-file.ts makes them when something first asks for them).
 */
export interface OutlinedNote extends StoredNote {
  outline(visitor: NoteOutlineVisitor): void;
}

function isOutlined(note: StoredNote): note is OutlinedNote {
  return typeof (note as Partial<OutlinedNote>).outline === 'function';
}

export interface NoteInput {
  uri: string;
  text: string;
  plainText?: boolean;
  encoding?: string;
}

/**
 * What the index keeps per note: the note, and the talk entries its mentions point at (by string
 * index). The note's talk and event entries are made the first time something asks for them
 * (talksOf, ownTalks): putting the 10k persistent index made 57k entries and 30k arrays that
 * nothing read before the index was ready.
 */
interface NoteEntry {
  note: StoredNote;
  /** By string index (made by talksOf). */
  talks: Array<TalkEntry | undefined> | null;
  /**
   * Where each tool's rows are in the note's summary, TOOL_FIELDS numbers per tool: the tool's
   * number in the index (toolNumbers), its first row and the row after its last (offsets in the
   * summary array), and where this entry is in that tool's `notes` (its slot). A question about one
   * tool reads its rows without reading the other tools'. One array (a typed array is three
   * objects: the slots had one of their own).
   */
  tools: Int32Array;
  /** The note's talks and events, in its order (found by id through the note: see talk()); made by ownTalks. */
  talkEntries: TalkEntry[] | null;
  eventEntries: EventEntry[] | null;
  talkCount: number;
}

export interface EventEntry {
  event: Event;
  note: StoredNote;
}

/** Numbers per tool in NoteEntry.tools: its number, first row, row after its last, slot. */
const TOOL_FIELDS = 4;

/** What the index keeps about one tool. */
interface ToolEntry {
  /**
   * The notes that mention it, in the order they came (a note put again comes last); a note gone
   * leaves a hole (undefined) until there are more holes than notes. An array and each entry's
   * slot in it, not a map by URI: putting 10k notes made about 200k such entries, and the map's
   * inserts were the largest part of put().
   */
  notes: Array<NoteEntry | undefined>;
  /** How many notes mention it (`notes` less its holes). */
  noteCount: number;
  /** Mentions in the whole workspace. */
  total: number;
  /**
   * The version at which what the notes say about it last changed, but for the titles of its
   * talks: a note mentioning it came or went, or one changed its mentions (places, texts, which
   * talk), its rows (counts, mentions on title lines), the title places of the talks naming it on
   * their title lines, or the events of its talks (ids, names, dates, places). Answers made of
   * these (definitions, references, a card's counts) still hold while it stays.
   */
  stamp: number;
  /** The version at which its stamp moved or one of its talks changed id, title or title place (a card's newest talks show them). */
  titlesStamp: number;
  /** The version at which a note mentioning it last came, changed or went (its objects were replaced). */
  changedAt: number;
  /**
   * Its stats at a `changedAt`, the dates of its events (with how many events have each), and the notes
   * that changed since, with the entry each had then (null: too many, made anew).
   */
  memo: { stamp: number; stats: ToolStats; dates: DateCounts; changed: Map<string, NoteEntry | undefined> | null } | undefined;
}

/** One speaker key: their talk ids by note, every name they were given (one per talk), the version at which their talks last changed. */
interface SpeakerRecord {
  /**
   * Their talks' ids, note after note in the order the notes came, and each one's note URI (two
   * arrays: a map by note per speaker, or an object per note, cost put() more than the rest of a
   * speaker's bookkeeping).
   */
  talkIds: string[];
  uris: string[];
  /** The name and organisation they were given in each of those talks (strings: a note from the persistent index makes no speaker objects when put). */
  names: string[];
  orgs: Array<string | null>;
  stamp: number;
}

/** One tool across the workspace, from the notes' summaries (made once per change of the tool's notes). */
export interface ToolStats {
  mentions: number;
  notes: number;
  /** Talks that mention the tool, in no particular order. */
  talks: TalkEntry[];
  /** Talks that name the tool on their title line. */
  titled: TalkEntry[];
  /** Events where it was heard of (a mention's talk's event, else its note's first event). */
  events: number;
  /** The earliest and latest of those events' dates. */
  first: string | null;
  last: string | null;
}

/** One tool's share of one note: mentions, and per talk (null: outside talks) mentions and mentions in its title. */
export interface ToolInNote {
  note: StoredNote;
  count: number;
  talks: Array<{ talkId: string | null; count: number; onTitle: number }>;
}

export class WorkspaceIndex {
  private readonly notesByUri = new Map<string, NoteEntry>();
  /** Tool id → what the index keeps about it (one map lookup per tool of a note put or removed); kept once seen. */
  private readonly tools = new Map<string, ToolEntry>();
  /** Tool id → a number of its own (given at first sight, never taken back: the catalog is small). */
  private readonly toolNumbers = new Map<string, number>();
  /** What the index keeps about each tool, and its id, by its number. */
  private readonly toolsByNumber: ToolEntry[] = [];
  private readonly toolIds: string[] = [];
  /**
   * Talks and events whose ids are not their note's URI, '#' and a part without '#' (the
   * extractor makes none such): the others are found through their note, with no map by id
   * (putting 10k notes made 47k talk entries, and inserting them was a large part of put()).
   */
  private readonly oddTalks = new Map<string, TalkEntry>();
  private readonly oddEvents = new Map<string, EventEntry>();
  private talkTotal = 0;
  /** Name key → the ids of the talks or events with it (see addTo: one id kept as itself). */
  private readonly talksByTitle = new Map<string, IdSet>();
  private readonly eventsByName = new Map<string, IdSet>();
  /** Speaker key → their talks by note, the names they were given, and when their talks last changed. */
  private readonly speakerEntries = new Map<string, SpeakerRecord>();
  /**
   * Reference key (see referenceKeys) → the notes holding such a reference. Made when first asked
   * for (only finding references to a talk or an event, and diagnostics after a change, ask),
   * kept up to date from then on. Made in the background after a whole index instead, it slowed
   * the hovers and definitions asked meanwhile at 100k notes (definition p50 0.78 → 7.2 ms).
   */
  private referencesByKey: Map<string, NotesByKey> | null = null;
  /** File name key → notes, made when a wiki link first asks and again after the set of notes changed. */
  private notesByFileKey: { membership: number; byKey: Map<string, string[]> } | null = null;
  /**
   * What each change touched: the name keys of the events and talks a note had and has, and
   * `link:` + its URI. Lets a consumer (diagnostics) redo only the notes that refer to them.
   * Bounded: a consumer older than its first entry starts over.
   */
  private journal: Array<{ version: number; keys: string[] }> = [];
  /**
   * While false, put() keeps no journal of the keys it touches: touchedSince then answers null for
   * every version before, and its consumers start over. Loading the persistent index made a set and
   * an array of keys per note, of which the journal keeps the last 4096 (every consumer older than
   * the load starts over anyway).
   */
  journaling = true;
  /** Bumped on every change, so callers can cache answers. */
  version = 0;
  /** Bumped only when a note comes or goes (not when one is replaced): the set of URIs changed. */
  membership = 0;

  constructor(public catalog: Catalog = Catalog.builtin()) {}

  /** Extracts and stores one note, replacing what the index had for its URI. */
  update(input: NoteInput): Note {
    const note = extractNote(input.uri, input.text, { catalog: this.catalog, plainText: input.plainText, encoding: input.encoding });
    this.put(note);
    return note;
  }

  /** Stores an already extracted note (from the cache, or from a worker), packed. */
  put(input: Note | StoredNote): StoredNote {
    const oldEntry = this.notesByUri.get(input.uri);
    const touched = this.journaling ? this.touchedKeys(oldEntry?.note) : null;
    // The stamps of the note's tools before the change: kept below for the tools it says the same of.
    const stampsBefore = oldEntry && this.stampsOf(oldEntry);
    const existed = this.removeEntries(input.uri);
    const note = storedNote(input, this.intern);
    const uri = note.uri;
    const strings = note.mentions.strings;
    // Notes that crossed a thread carry their own copy of every string (those of one persistent
    // index file share them already): tool ids become the index's own (toolRows), texts are
    // looked up in the pool, talk ids (the note's own) are left as they are.
    const shared = stringsShared(note.mentions);
    const summary = note.mentions.summary;
    if (!shared) this.internTexts(strings, summary);
    const tools = this.toolRows(strings, summary, !shared);
    // Dense (no holes), so reading it stays fast.
    const entry: NoteEntry = { note, talks: null, tools, talkEntries: null, eventEntries: null, talkCount: 0 };
    this.notesByUri.set(uri, entry);
    const stamp = this.version + 1;
    // Once per tool (a run of its rows), not per row.
    for (let k = 0; k < tools.length; k += TOOL_FIELDS) {
      const tool = this.toolsByNumber[tools[k]];
      noteChangedFor(tool, uri, undefined);
      tools[k + 3] = tool.notes.push(entry) - 1;
      tool.noteCount++;
      tool.total += mentionsInRows(summary, tools[k + 1], tools[k + 2]);
      tool.stamp = stamp;
      tool.titlesStamp = stamp;
      tool.changedAt = stamp;
    }
    if (this.referencesByKey) addReferences(this.referencesByKey, note);

    // The keys this change touched (touchedKeys), made along the way.
    touched?.add('link:' + uri);
    touched?.add(keyOf(fileTitle(uri)));
    const filer = new NoteFiler(uri, stamp, touched, this.eventsByName, this.talksByTitle, this.speakerEntries);
    if (isOutlined(note)) note.outline(filer);
    else {
      for (const event of note.events) {
        filer.event(event.id, event.name);
        for (const talk of event.talks) {
          filer.talk(talk.id, talk.title);
          for (const sp of talk.speakers) filer.speaker(sp.name, sp.org);
        }
      }
    }
    const odd = filer.odd;
    const talkCount = filer.talkCount;
    entry.talkCount = talkCount;
    if (odd) {
      const own = ownTalks(entry);
      for (const e of entry.eventEntries!) if (!isLocalId(e.event.id, uri)) this.oddEvents.set(e.event.id, e);
      for (const t of own) if (!isLocalId(t.talk.id, uri)) this.oddTalks.set(t.talk.id, t);
    }
    if (oldEntry && stampsBefore) this.keepStamps(oldEntry, entry, stampsBefore);
    this.talkTotal += talkCount;
    if (!existed) this.membership++;
    this.version++;
    if (touched) this.record(touched);
    return note;
  }

  /** The stamps and titles stamps of a note entry's tools, two per tool of its `tools`. */
  private stampsOf(entry: NoteEntry): number[] {
    const out: number[] = [];
    for (let k = 0; k < entry.tools.length; k += TOOL_FIELDS) {
      const tool = this.toolsByNumber[entry.tools[k]];
      out.push(tool.stamp, tool.titlesStamp);
    }
    return out;
  }

  /**
   * Gives back their stamps from before a note's change (`before`, see stampsOf) to the tools the
   * note says the same of (compareRows, sameMentions): an edit of a long note naming sixty tools
   * made every one's card and definition again, when a few had changed.
   */
  private keepStamps(old: NoteEntry, now: NoteEntry, before: number[]): void {
    const candidates: number[] = [];
    const oldTools = old.tools;
    const nowTools = now.tools;
    for (let k = 0; k < oldTools.length; k += TOOL_FIELDS) {
      const n = oldTools[k];
      let at = -1;
      let runs = 0;
      for (let j = 0; j < nowTools.length; j += TOOL_FIELDS) if (nowTools[j] === n) (at = j), runs++;
      for (let j = 0; j < oldTools.length; j += TOOL_FIELDS) if (oldTools[j] === n) runs++;
      // A tool in one run of rows in each (always so; anything else counts as a change).
      if (runs !== 2) continue;
      const same = compareRows(old, this.talksOf(old), now, this.talksOf(now), oldTools[k + 1], oldTools[k + 2], nowTools[at + 1], nowTools[at + 2]);
      if (same !== Sameness.None) candidates.push(k, at, same);
    }
    if (!candidates.length) return;
    const a = old.note.mentions;
    const b = now.note.mentions;
    const aByTool = mentionsByTool(a);
    const bByTool = mentionsByTool(b);
    // Per string index of a talk: its row's place among the tool's rows (written for each tool's rows before they are read).
    const aRow = new Int32Array(a.strings.length);
    const bRow = new Int32Array(b.strings.length);
    for (let c = 0; c < candidates.length; c += 3) {
      const k = candidates[c];
      const j = candidates[c + 1];
      for (let r = oldTools[k + 1], i = 0; r < oldTools[k + 2]; r += SUMMARY_FIELDS, i++) if (a.summary[r + 1] >= 0) aRow[a.summary[r + 1]] = i;
      for (let r = nowTools[j + 1], i = 0; r < nowTools[j + 2]; r += SUMMARY_FIELDS, i++) if (b.summary[r + 1] >= 0) bRow[b.summary[r + 1]] = i;
      if (!sameMentions(a, aByTool, aRow, a.summary[oldTools[k + 1]], b, bByTool, bRow, b.summary[nowTools[j + 1]])) continue;
      const tool = this.toolsByNumber[oldTools[k]];
      tool.stamp = before[(k / TOOL_FIELDS) * 2];
      if (candidates[c + 2] === Sameness.All) tool.titlesStamp = before[(k / TOOL_FIELDS) * 2 + 1];
    }
  }

  /** A note's tools (NoteEntry.tools): one per run of rows of one tool (the summary groups them by tool), their slots to be filled. */
  private toolRows(strings: string[], summary: Int32Array, ownIds: boolean): Int32Array {
    let runs = 0;
    for (let r = 0; r < summary.length; r += SUMMARY_FIELDS) if (r === 0 || summary[r] !== summary[r - SUMMARY_FIELDS]) runs++;
    const out = new Int32Array(runs * TOOL_FIELDS);
    let k = -TOOL_FIELDS;
    for (let r = 0; r < summary.length; r += SUMMARY_FIELDS) {
      if (r === 0 || summary[r] !== summary[r - SUMMARY_FIELDS]) {
        k += TOOL_FIELDS;
        const toolId = strings[summary[r]];
        let n = this.toolNumbers.get(toolId);
        if (n === undefined) n = this.newTool(toolId);
        if (ownIds) strings[summary[r]] = this.toolIds[n];
        out[k] = n;
        out[k + 1] = r;
      }
      out[k + 2] = r + SUMMARY_FIELDS;
    }
    return out;
  }

  /**
   * A note entry's talk entries by string index, for the talks its summary rows name: its own
   * talks by id (the extractor gives a mention only a talk of its note), else, while the entry is
   * the index's, any talk with that id. Made on first use and kept (by the questions an edit
   * asks again of the notes it changed; a pass over many notes makes them with talksFound).
   */
  private talksOf(entry: NoteEntry): Array<TalkEntry | undefined> {
    return (entry.talks ??= this.talksFound(entry));
  }

  /** A note entry's talk entries by string index (talksOf), made now and not kept. */
  private talksFound(entry: NoteEntry): Array<TalkEntry | undefined> {
    const { strings, summary } = entry.note.mentions;
    const talks = new Array<TalkEntry | undefined>(strings.length).fill(undefined);
    const own = ownTalks(entry);
    let byId: Map<string, TalkEntry> | undefined;
    if (own.length > 8) {
      byId = new Map();
      // The first talk of an id, as a search in order finds it.
      for (let i = own.length - 1; i >= 0; i--) byId.set(own[i].talk.id, own[i]);
    }
    const current = this.notesByUri.get(entry.note.uri) === entry;
    for (let r = 0; r < summary.length; r += SUMMARY_FIELDS) {
      const talk = summary[r + 1];
      if (talk < 0 || talks[talk] !== undefined) continue;
      const id = strings[talk];
      let found = byId?.get(id);
      if (!byId) {
        for (const t of own) {
          if (t.talk.id === id) {
            found = t;
            break;
          }
        }
      }
      talks[talk] = found ?? (current ? this.talk(id) : undefined);
    }
    return talks;
  }

  /**
   * Calls `fn` for each note mentioning a tool, with the tool's string index in the note's table
   * and the span of its summary rows [from, to) (offsets in the summary array; a note keeps a
   * tool's rows together, so nearly always one call per note).
   */
  forEachToolNote(toolId: string, fn: (note: StoredNote, tool: number, from: number, to: number, talks: Array<TalkEntry | undefined>) => void): void {
    const notes = this.tools.get(toolId)?.notes;
    const n = this.toolNumbers.get(toolId);
    if (!notes || n === undefined) return;
    for (const entry of notes) {
      if (!entry) continue;
      const t = entry.tools;
      const summary = entry.note.mentions.summary;
      // Not kept (see allToolStatsSteps): a definition reads every note of its tool once.
      for (let k = 0; k < t.length; k += TOOL_FIELDS) if (t[k] === n) fn(entry.note, summary[t[k + 1]], t[k + 1], t[k + 2], entry.talks ?? this.talksFound(entry));
    }
  }

  remove(uri: string): boolean {
    const touched = this.touchedKeys(this.notesByUri.get(uri)?.note);
    if (!this.removeEntries(uri)) return false;
    this.membership++;
    this.version++;
    this.record(touched);
    return true;
  }

  /** The keys a note's references to it would be found under (see referenceKeys), added to `into`. */
  private touchedKeys(note: StoredNote | undefined, into = new Set<string>()): Set<string> {
    if (!note) return into;
    into.add('link:' + note.uri);
    into.add(keyOf(fileTitle(note.uri)));
    for (const e of note.events) {
      into.add(keyOf(e.name));
      for (const t of e.talks) {
        into.add(keyOf(t.title));
        for (const sp of t.speakers) into.add(keyOf(sp.name));
      }
    }
    return into;
  }

  /**
   * Lets go of the journal: every consumer that asks about a version before now starts over. After
   * a whole index its answers are made from the whole index anyway, and the journal of the run
   * (the last 4096 puts, each with the keys it touched) held about 1 MB at 10k notes.
   */
  forgetJournal(): void {
    this.journal = [];
  }

  private record(keys: Set<string>): void {
    this.journal.push({ version: this.version, keys: [...keys] });
    if (this.journal.length > 4096) this.journal = this.journal.slice(2048);
  }

  /**
   * The keys touched by every change after `version`, or null when that is not known any more
   * (a catalog change, or too long ago): then everything may have changed.
   */
  touchedSince(version: number): Set<string> | null {
    if (version === this.version) return new Set();
    const j = this.journal;
    // Every version after `version` must be in the journal (setCatalog bumps the version without an entry).
    let i = j.length;
    while (i > 0 && j[i - 1].version > version) i--;
    if (j.length - i !== this.version - version) return null;
    const out = new Set<string>();
    for (; i < j.length; i++) for (const k of j[i].keys) out.add(k);
    return out;
  }

  /** Numbers a tool seen for the first time and makes what the index keeps about it. */
  private newTool(toolId: string): number {
    const n = this.toolNumbers.size;
    this.toolNumbers.set(toolId, n);
    const tool: ToolEntry = { notes: [], noteCount: 0, total: 0, stamp: 0, titlesStamp: 0, changedAt: 0, memo: undefined };
    this.tools.set(toolId, tool);
    this.toolsByNumber[n] = tool;
    this.toolIds[n] = toolId;
    return n;
  }

  /** Puts a table's strings but its tool ids and talk ids through the pool of strings. */
  private internTexts(strings: string[], summary: Int32Array): void {
    const skip = new Uint8Array(strings.length);
    for (let r = 0; r < summary.length; r += SUMMARY_FIELDS) {
      skip[summary[r]] = 1;
      if (summary[r + 1] >= 0) skip[summary[r + 1]] = 1;
    }
    for (let i = 0; i < strings.length; i++) if (!skip[i]) strings[i] = this.intern(strings[i]);
  }

  /** Closes the holes in a tool's notes (numbered `n`), telling each entry its new slot. */
  private compactNotes(n: number, tool: ToolEntry): void {
    const notes: NoteEntry[] = [];
    for (const entry of tool.notes) {
      if (!entry) continue;
      for (let k = 0; k < entry.tools.length; k += TOOL_FIELDS) if (entry.tools[k] === n) entry.tools[k + 3] = notes.length;
      notes.push(entry);
    }
    tool.notes = notes;
  }

  private removeEntries(uri: string): boolean {
    const oldEntry = this.notesByUri.get(uri);
    const old = oldEntry?.note;
    if (!oldEntry || !old) return false;
    this.notesByUri.delete(uri);
    const { summary } = old.mentions;
    const tools = oldEntry.tools;
    for (let k = 0; k < tools.length; k += TOOL_FIELDS) {
      const tool = this.toolsByNumber[tools[k]];
      const mentions = mentionsInRows(summary, tools[k + 1], tools[k + 2]);
      noteChangedFor(tool, uri, oldEntry);
      tool.stamp = this.version + 1;
      tool.titlesStamp = this.version + 1;
      tool.changedAt = this.version + 1;
      tool.notes[tools[k + 3]] = undefined;
      tool.noteCount--;
      if (tool.notes.length > 2 * tool.noteCount + 16) this.compactNotes(tools[k], tool);
      if (!tool.noteCount) tool.memo = undefined;
      const total = tool.total - mentions;
      tool.total = total > 0 && tool.noteCount ? total : 0;
    }
    if (this.referencesByKey) for (const key of referenceKeys(old)) removeReference(this.referencesByKey, key, uri);
    this.talkTotal -= oldEntry.talkCount;
    for (const event of old.events) {
      if (!isLocalId(event.id, uri)) this.oddEvents.delete(event.id);
      removeFrom(this.eventsByName, keyOf(event.name), event.id);
      for (const talk of event.talks) {
        if (!isLocalId(talk.id, uri)) this.oddTalks.delete(talk.id);
        removeFrom(this.talksByTitle, keyOf(talk.title), talk.id);
        for (const sp of talk.speakers) {
          const key = speakerKey(sp.name);
          const speaker = this.speakerEntries.get(key);
          if (!speaker) continue;
          speaker.stamp = this.version + 1;
          // The note's own entries (a run, as put() added them), names and organisations with them.
          removeNoteOf(speaker, uri);
          if (!speaker.talkIds.length) this.speakerEntries.delete(key);
        }
      }
    }
    return true;
  }

  private readonly strings = new Map<string, string>();

  private readonly intern = (s: string): string => {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    // A pool, not a registry: forgetting it only costs memory sharing, never correctness.
    if (this.strings.size > 200_000) this.strings.clear();
    this.strings.set(s, s);
    return s;
  };

  /** Replaces the catalog; the caller re-feeds the notes (the index keeps no texts). */
  setCatalog(catalog: Catalog): void {
    this.catalog = catalog;
    this.version++;
  }

  note(uri: string): StoredNote | undefined {
    return this.notesByUri.get(uri)?.note;
  }

  notes(): StoredNote[] {
    const out: StoredNote[] = [];
    for (const e of this.notesByUri.values()) out.push(e.note);
    return out;
  }

  get size(): number {
    return this.notesByUri.size;
  }

  /** Counts without building lists (the server reports them after every batch while indexing). */
  get talkCount(): number {
    return this.talkTotal;
  }

  get speakerCount(): number {
    return this.speakerEntries.size;
  }

  events(): Array<{ event: Event; note: StoredNote }> {
    const out: EventEntry[] = [];
    for (const e of this.notesByUri.values()) {
      ownTalks(e);
      for (const ev of e.eventEntries!) out.push(ev);
    }
    return out;
  }

  event(id: string): { event: Event; note: StoredNote } | undefined {
    const entry = this.notesByUri.get(id.slice(0, id.lastIndexOf('#')));
    if (entry) {
      ownTalks(entry);
      for (const e of entry.eventEntries!) if (e.event.id === id) return e;
    }
    return this.oddEvents.get(id);
  }

  talk(id: string): TalkEntry | undefined {
    const entry = this.notesByUri.get(id.slice(0, id.lastIndexOf('#')));
    if (entry) for (const t of ownTalks(entry)) if (t.talk.id === id) return t;
    return this.oddTalks.get(id);
  }

  /** A note's talks, in its order: the index's own entries while it holds the note (do not change the array). */
  talksOfNote(note: StoredNote): readonly TalkEntry[] {
    const entry = this.notesByUri.get(note.uri);
    if (entry?.note === note) return ownTalks(entry);
    const talks: TalkEntry[] = [];
    for (const event of note.events) for (const talk of event.talks) talks.push({ talk, event, note });
    return talks;
  }

  talks(): TalkEntry[] {
    const out: TalkEntry[] = [];
    for (const e of this.notesByUri.values()) for (const t of ownTalks(e)) out.push(t);
    return out;
  }

  talksTitled(title: string): TalkEntry[] {
    return [...idsIn(this.talksByTitle.get(keyOf(title)))].map((id) => this.talk(id)!).filter(Boolean);
  }

  /** The name keys that some event carries. */
  eventNameKeys(): IterableIterator<string> {
    return this.eventsByName.keys();
  }

  /** The events whose name has this key (see nameKeyOf), in the order they were put. */
  eventsWithKey(key: string): Array<{ event: Event; note: StoredNote }> {
    return [...idsIn(this.eventsByName.get(key))].map((id) => this.event(id)!).filter(Boolean);
  }

  /** The URIs of the notes whose file is called this (`[[Platform roadmap Q3]]` → `Platform roadmap Q3.md`), by name key. */
  notesCalled(name: string): string[] {
    if (!this.notesByFileKey || this.notesByFileKey.membership !== this.membership) {
      // URIs, not the notes: a note put again under its URI would have been kept alive here.
      const byKey = new Map<string, string[]>();
      for (const uri of this.notesByUri.keys()) {
        const key = keyOf(fileTitle(uri));
        const list = byKey.get(key);
        if (list) list.push(uri);
        else byKey.set(key, [uri]);
      }
      this.notesByFileKey = { membership: this.membership, byKey };
    }
    return this.notesByFileKey.byKey.get(keyOf(name)) ?? [];
  }

  eventsNamed(name: string): Array<{ event: Event; note: StoredNote }> {
    return [...idsIn(this.eventsByName.get(keyOf(name)))].map((id) => this.event(id)!).filter(Boolean);
  }

  /** Every mention of a tool across the workspace, as objects (made now: prefer notesMentioning for big answers). */
  mentionsOf(toolId: string): MentionEntry[] {
    const out: MentionEntry[] = [];
    for (const note of this.notesMentioning(toolId)) for (const i of note.mentions.indexesOf(toolId)) out.push({ mention: note.mentions.get(i), note });
    return out;
  }

  /** The notes that mention a tool (their tables hold where: `note.mentions.indexesOf(toolId)`). */
  *notesMentioning(toolId: string): Generator<StoredNote> {
    for (const e of this.tools.get(toolId)?.notes ?? []) if (e) yield e.note;
  }

  /**
   * The version at which what the notes say about the tool last changed, but for its talks'
   * titles (see ToolEntry.stamp): answers about the tool made since then, as text and places,
   * still hold if they show no talk titles (those go by toolTitlesStamp too). Answers that keep
   * the index's objects (talk entries, a note's rows) go by toolChangedAt.
   */
  toolStamp(toolId: string): number {
    return this.tools.get(toolId)?.stamp ?? 0;
  }

  /** The version at which the tool's stamp moved or one of its talks changed id, title or title place (see ToolEntry.titlesStamp). */
  toolTitlesStamp(toolId: string): number {
    return this.tools.get(toolId)?.titlesStamp ?? 0;
  }

  /** The version at which a note mentioning the tool last came, changed or went (the index's objects for it were replaced). */
  toolChangedAt(toolId: string): number {
    return this.tools.get(toolId)?.changedAt ?? 0;
  }

  /** Counts, talks and dates of a tool, from the notes' summaries; made again only after its notes change. */
  toolStats(toolId: string): ToolStats {
    const stamp = this.toolChangedAt(toolId);
    const tool = this.tools.get(toolId);
    const known = tool?.memo;
    if (known && known.stamp === stamp) return known.stats;
    const stats = newToolStats();
    let dates: DateCounts;
    stats.notes = this.noteCountMentioning(toolId);
    if (known?.changed) {
      // Only the notes that changed since: their old rows out, their rows now in (a much-mentioned
      // tool is in thousands of notes, and every edit naming it asks again).
      // The memo's own map (never handed out), brought forward in place.
      dates = known.dates;
      stats.first = known.stats.first;
      stats.last = known.stats.last;
      let rescan = false;
      const gone = known.changed;
      // The kept talks of the notes' old entries go (the same note objects; usually one, or none for a note new to the tool).
      const oldNotes: StoredNote[] = [];
      for (const old of gone.values()) if (old) oldNotes.push(old.note);
      stats.talks = withoutNotes(known.stats.talks, oldNotes);
      stats.titled = withoutNotes(known.stats.titled, oldNotes);
      stats.mentions = known.stats.mentions;
      stats.events = known.stats.events;
      const n = this.toolNumbers.get(toolId);
      for (const [uri, old] of gone) {
        const oldEvents = new Set<Event>();
        if (old) this.forToolRows(old, n, (from, to) => (rescan = removeFromStats(stats, oldEvents, dates, old.note, this.talksOf(old), from, to) || rescan));
        const now = this.notesByUri.get(uri);
        if (!now) continue;
        const events = new Set<Event>();
        this.forToolRows(now, n, (from, to) => addToStats(stats, events, dates, now.note, this.talksOf(now), from, to));
        stats.events += events.size;
      }
      // A date no event has any more: the first and last are looked for again.
      if (rescan) {
        stats.first = stats.last = null;
        for (const d of dates.keys()) {
          if (stats.first === null || d < stats.first) stats.first = d;
          if (stats.last === null || d > stats.last) stats.last = d;
        }
      }
    } else {
      dates = new DateCounts();
      const events = new Set<Event>();
      this.forEachToolNote(toolId, (note, _tool, from, to, talks) => addToStats(stats, events, dates, note, talks, from, to));
      stats.events = events.size;
    }
    dates.seal();
    if (tool) tool.memo = { stamp, stats, dates, changed: new Map() };
    return stats;
  }

  /**
   * Makes the stats of every tool whose kept stats are out of date and cannot be brought forward
   * (after a whole index: all of them), in one pass over the notes instead of one pass per tool
   * over its notes: a note's entry, summary and talks are read once, not once per tool it
   * mentions (toolStats read 200k such entries at 10k notes, mostly missing the cache). Each
   * tool's talks come in the order toolStats gives (a tool's notes are in the order the index got
   * them, as the notes are). Stops, keeping nothing, when the index changes between steps.
   */
  *allToolStatsSteps(): Generator<void, void, void> {
    const version = this.version;
    const building: Array<{ stats: ToolStats; events: Set<Event>; dates: DateCounts } | undefined> = [];
    /** Note entries toolStats would read for those tools. */
    let reads = 0;
    for (let n = 0; n < this.toolsByNumber.length; n++) {
      const tool = this.toolsByNumber[n];
      const memo = tool.memo;
      if (!tool.noteCount || (memo && (memo.stamp === tool.changedAt || memo.changed))) continue;
      building[n] = { stats: newToolStats(), events: new Set(), dates: new DateCounts() };
      reads += tool.noteCount;
    }
    // A few tools of a few notes (after edits): toolStats reads less.
    if (reads < this.notesByUri.size) return;
    let count = 0;
    // Per tool number, the last note (counted from 1) it was seen in: a note whose tools are all different (every note the extractor makes) needs no count of runs.
    const seenIn = new Int32Array(this.toolsByNumber.length);
    for (const entry of this.notesByUri.values()) {
      const t = entry.tools;
      let talks: Array<TalkEntry | undefined> | undefined;
      let distinct = true;
      for (let k = 0; k < t.length; k += TOOL_FIELDS) {
        if (seenIn[t[k]] === count + 1) distinct = false;
        seenIn[t[k]] = count + 1;
      }
      for (let k = 0; k < t.length; k += TOOL_FIELDS) {
        const b = building[t[k]];
        if (!b) continue;
        // Not kept: an array per note as long as its string table (3 MB at 10k notes) that only edits' stats read again.
        talks ??= entry.talks ?? this.talksFound(entry);
        if (distinct) {
          addToStats(b.stats, b.events, b.dates, entry.note, talks, t[k + 1], t[k + 2]);
          continue;
        }
        let runs = 0;
        let first = true;
        for (let j = 0; j < t.length; j += TOOL_FIELDS) {
          if (t[j] !== t[k]) continue;
          if (j < k) first = false;
          runs++;
        }
        // A tool in two runs of rows (never so) is in its `notes` once per run, and toolStats reads every run each time.
        if (!first) continue;
        for (let r = 0; r < runs; r++) for (let j = k; j < t.length; j += TOOL_FIELDS) if (t[j] === t[k]) addToStats(b.stats, b.events, b.dates, entry.note, talks, t[j + 1], t[j + 2]);
      }
      if (++count % 64 === 0) {
        yield;
        if (this.version !== version) return;
      }
    }
    for (let n = 0; n < building.length; n++) {
      const b = building[n];
      if (!b) continue;
      const tool = this.toolsByNumber[n];
      b.stats.notes = tool.noteCount;
      b.stats.events = b.events.size;
      b.dates.seal();
      // Kept for good: of their exact lengths (an array grown by push keeps room for more).
      b.stats.talks = b.stats.talks.slice();
      b.stats.titled = b.stats.titled.slice();
      tool.notes = tool.notes.slice();
      tool.memo = { stamp: tool.changedAt, stats: b.stats, dates: b.dates, changed: new Map() };
    }
  }

  /** Calls `fn` with each span of a note entry's summary rows of the tool numbered `n`. */
  private forToolRows(entry: NoteEntry, n: number | undefined, fn: (from: number, to: number) => void): void {
    const t = entry.tools;
    for (let k = 0; k < t.length; k += TOOL_FIELDS) if (t[k] === n) fn(t[k + 1], t[k + 2]);
  }

  /** How many notes mention a tool. */
  noteCountMentioning(toolId: string): number {
    return this.tools.get(toolId)?.noteCount ?? 0;
  }

  /** How many times the workspace mentions a tool. */
  mentionCount(toolId: string): number {
    return this.tools.get(toolId)?.total ?? 0;
  }

  /** A tool's share of each note that mentions it, from the notes' summaries (no mention is read). */
  *toolInNotes(toolId: string): Generator<ToolInNote> {
    for (const e of this.tools.get(toolId)?.notes ?? []) {
      if (!e) continue;
      const note = e.note;
      const { summary, strings } = note.mentions;
      const entry: ToolInNote = { note, count: 0, talks: [] };
      for (let r = 0; r < summary.length; r += SUMMARY_FIELDS) {
        if (strings[summary[r]] !== toolId) continue;
        const talk = summary[r + 1];
        entry.count += summary[r + 2];
        entry.talks.push({ talkId: talk < 0 ? null : strings[talk], count: summary[r + 2], onTitle: summary[r + 3] });
      }
      yield entry;
    }
  }

  /** Tools mentioned anywhere, with how often. */
  mentionedTools(): Array<{ toolId: string; count: number; notes: number }> {
    const out: Array<{ toolId: string; count: number; notes: number }> = [];
    for (const [toolId, tool] of this.tools) if (tool.noteCount) out.push({ toolId, count: tool.total, notes: tool.noteCount });
    return out.sort((a, b) => b.count - a.count || a.toolId.localeCompare(b.toolId));
  }

  /** Talks that mention a tool. */
  talksMentioning(toolId: string): TalkEntry[] {
    return this.toolStats(toolId).talks.slice();
  }

  /** Notes holding a reference with this key (see referenceKeys): the candidates for what refers to a talk, an event or a note. */
  notesReferring(key: string): Iterable<StoredNote> {
    if (!this.referencesByKey) {
      // Made here in one go: nothing changes the index between its steps.
      const steps = this.referenceMapSteps();
      while (!steps.next().done);
    }
    const notes = this.referencesByKey!.get(key);
    return notes === undefined ? [] : Array.isArray(notes) ? notes : [notes];
  }

  /**
   * Makes what notesReferring reads, ahead of the first question that needs it, a few notes a
   * step: the first references on a talk after a start waited for it (about 0.1 s at 10k notes,
   * 1.4 s at 100k). Once made, put() and remove() keep it. Gives up, keeping nothing, when the
   * index changes between steps (the server asks again after the change).
   */
  *referenceMapSteps(): Generator<void, void, void> {
    if (this.referencesByKey) return;
    const version = this.version;
    const map = new Map<string, NotesByKey>();
    let count = 0;
    for (const entry of this.notesByUri.values()) {
      addReferences(map, entry.note);
      if (++count % REFERENCE_MAP_STEP === 0) {
        yield;
        if (this.referencesByKey || this.version !== version) return;
      }
    }
    this.referencesByKey = map;
  }

  /** Whether notesReferring has what it reads (referenceMapSteps). */
  get referencesMapped(): boolean {
    return this.referencesByKey !== null;
  }

  /** The version at which a speaker's talks last changed (0 for one not in the index). */
  speakerStamp(key: string): number {
    return this.speakerEntries.get(key)?.stamp ?? 0;
  }

  speakers(): SpeakerEntry[] {
    return [...this.speakerEntries.keys()].map((key) => this.speaker(key)!).filter(Boolean);
  }

  speakerKeys(): IterableIterator<string> {
    return this.speakerEntries.keys();
  }

  speaker(key: string): SpeakerEntry | undefined {
    const speaker = this.speakerEntries.get(key);
    if (!speaker) return undefined;
    const talks = speaker.talkIds.map((id) => this.talk(id)!).filter(Boolean);
    const orgs = [...new Set(speaker.orgs.filter((o): o is string => !!o))];
    const name = mostCommon(speaker.names) ?? key;
    return { key, name, orgs, talks };
  }
}

/** Notes a step of referenceMapSteps: about 0.3 ms at 10k notes (a request waits for the step it comes during). */
const REFERENCE_MAP_STEP = 32;

/** The mentions counted by a note's summary rows [from, to) (one tool's run of rows). */
function mentionsInRows(summary: Int32Array, from: number, to: number): number {
  let mentions = 0;
  for (let r = from; r < to; r += SUMMARY_FIELDS) mentions += summary[r + 2];
  return mentions;
}

function newToolStats(): ToolStats {
  return { mentions: 0, notes: 0, talks: [], titled: [], events: 0, first: null, last: null };
}

/**
 * Adds one note's summary rows [from, to) of a tool to its stats; `events` by object (an event's
 * id is unique to it, and identity is cheaper to hash), each new one's date counted in `dates`.
 */
function addToStats(stats: ToolStats, events: Set<Event>, dates: DateCounts, note: StoredNote, talks: Array<TalkEntry | undefined>, from: number, to: number): void {
  const { summary } = note.mentions;
  // The event of the row before, counted already (a note's rows are mostly of one event).
  let last: Event | undefined;
  for (let r = from; r < to; r += SUMMARY_FIELDS) {
    stats.mentions += summary[r + 2];
    const t = summary[r + 1] >= 0 ? talks[summary[r + 1]] : undefined;
    if (t) {
      stats.talks.push(t);
      if (summary[r + 3]) stats.titled.push(t);
    }
    const ev = t?.event ?? note.events[0];
    if (!ev || ev === last) continue;
    last = ev;
    if (events.has(ev)) continue;
    events.add(ev);
    const d = ev.date;
    if (!d) continue;
    dates.add(d);
    if (stats.first === null || d < stats.first) stats.first = d;
    if (stats.last === null || d > stats.last) stats.last = d;
  }
}

/**
 * The dates of a tool's events, each with how many events have it, in two arrays: kept with every
 * tool's stats, a Map per tool held 4 MB at 10k notes. A Map finds a date's place while the stats
 * are made (sealed then); bringing kept stats forward looks a date up in the array.
 */
class DateCounts {
  private dates: string[] = [];
  private counts: number[] = [];
  private places: Map<string, number> | null = new Map();

  add(date: string): void {
    const at = this.placeOf(date);
    if (at >= 0) this.counts[at]++;
    else {
      this.places?.set(date, this.dates.length);
      this.dates.push(date);
      this.counts.push(1);
    }
  }

  /** Takes one event of the date out; true when none is left with it (or none had it). */
  remove(date: string): boolean {
    const at = this.placeOf(date);
    if (at < 0) return true;
    if (--this.counts[at] > 0) return false;
    // The last date takes its place.
    const last = this.dates.length - 1;
    const moved = this.dates[last];
    this.dates[at] = moved;
    this.counts[at] = this.counts[last];
    this.dates.pop();
    this.counts.pop();
    if (this.places) {
      this.places.delete(date);
      if (at !== last) this.places.set(moved, at);
    }
    return true;
  }

  keys(): readonly string[] {
    return this.dates;
  }

  /** Done adding a whole tool's dates: the map of places goes. */
  seal(): void {
    if (!this.places) return;
    this.places = null;
    // Of their exact lengths (arrays grown by push keep room for more).
    this.dates = this.dates.slice();
    this.counts = this.counts.slice();
  }

  private placeOf(date: string): number {
    return this.places ? this.places.get(date) ?? -1 : this.dates.indexOf(date);
  }
}

/** Talk entries not in these notes, in their order (a copy: stats already handed out never change). */
function withoutNotes(talks: TalkEntry[], notes: StoredNote[]): TalkEntry[] {
  if (!notes.length) return talks.slice();
  if (notes.length === 1) {
    const note = notes[0];
    return talks.filter((t) => t.note !== note);
  }
  const set = new Set(notes);
  return talks.filter((t) => !set.has(t.note));
}

/**
 * Takes out what addToStats added for a note's rows (its talks are filtered out by the caller; an
 * event belongs to one note). True when a date is left with no event (first and last may move).
 */
function removeFromStats(stats: ToolStats, events: Set<Event>, dates: DateCounts, note: StoredNote, talks: Array<TalkEntry | undefined>, from: number, to: number): boolean {
  const { summary } = note.mentions;
  let gone = false;
  for (let r = from; r < to; r += SUMMARY_FIELDS) {
    stats.mentions -= summary[r + 2];
    const t = summary[r + 1] >= 0 ? talks[summary[r + 1]] : undefined;
    const ev = t?.event ?? note.events[0];
    if (!ev || events.has(ev)) continue;
    events.add(ev);
    stats.events--;
    if (ev.date && dates.remove(ev.date)) gone = true;
  }
  return gone;
}

export function referenceKeys(note: { uri: string; references: TalkReference[] }): Set<string> {
  const keys = new Set<string>();
  for (const ref of note.references) {
    if (ref.kind === 'link') {
      const target = linkTargetUri(note.uri, ref.target.path);
      if (target) keys.add('link:' + target);
      continue;
    }
    keys.add(keyOf(ref.target.talk ?? ''));
    keys.add(keyOf(ref.text));
    // `[[Event#Talk]]` also depends on which events carry the name.
    if (ref.target.event !== undefined) keys.add(keyOf(ref.target.event));
  }
  return keys;
}

/** The URI a link's path points at, from the note's URI (no fragment, no query); null when it is not a file URI. */
export function linkTargetUri(noteUri: string, path: string | undefined): string | null {
  if (!path) return noteUri;
  const plain = plainLinkTarget(noteUri, path);
  if (plain !== null) return plain;
  let url: URL;
  try {
    url = new URL(encodePathChars(path), noteUri);
  } catch {
    return null;
  }
  if (url.protocol !== 'file:') return null;
  url.hash = '';
  url.search = '';
  return url.href;
}

/** Characters a path keeps as they are in a URL, none of them syntax (no `%`: `%2e` is a dot to URL). */
const PLAIN_PATH = /^[A-Za-z0-9._~-][A-Za-z0-9._~/-]*$/;
/** A file URI whose path URL would keep as it is: those characters (and `%`, `:`, `@`, …), no host. */
const PLAIN_FILE_URI = /^file:\/\/\/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*$/;
/** A segment URL reads as `.` or `..`. */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:\/|$)/i;
/** A Windows drive letter, which `..` never takes off a file URI's path. */
const DRIVE = /^[A-Za-z]:$/;

/**
 * What `new URL(path, noteUri)` gives, without URL, for a relative path of plain characters from a
 * plain file URI (as the server makes them); null for anything else, which takes URL. Parsing a
 * URL per link was a third of making the map of references at 10k notes.
 */
function plainLinkTarget(noteUri: string, path: string): string | null {
  if (!PLAIN_PATH.test(path) || !PLAIN_FILE_URI.test(noteUri) || DOT_SEGMENT.test(noteUri)) return null;
  const dirEnd = noteUri.lastIndexOf('/');
  // A note at the root takes URL (Node's own leaves some dot segments there).
  if (dirEnd <= 8) return null;
  const segments = noteUri.slice(8, dirEnd).split('/');
  const parts = path.split('/');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const last = i === parts.length - 1;
    if (part === '..') {
      if (segments.length && !(segments.length === 1 && DRIVE.test(segments[0]))) segments.pop();
      if (last) segments.push('');
    } else if (part === '.') {
      if (last) segments.push('');
    } else segments.push(part);
  }
  return 'file:///' + segments.join('/');
}

/** Escapes what the URL parser would read as syntax, as Node's pathToFileURL does, so URIs compare equal. */
function encodePathChars(path: string): string {
  return path.replace(/[%\\\n\r\t#?]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

export function speakerKey(name: string): string {
  return keyOf(name);
}

/** nameKey, remembered (for the features that compute it for every event or talk). */
export function nameKeyOf(s: string): string {
  return keyOf(s);
}

/**
 * nameKey, remembered: putting a note computes it for every event, talk, speaker and reference,
 * and the same names come back in note after note (and whenever a note is put again).
 */
const keys = new Map<string, string>();
function keyOf(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size >= 100_000) keys.clear();
    keys.set(s, (k = nameKey(s)));
  }
  return k;
}

/**
 * Ids under one name key: most keys have one (a title or an event name seen once), kept as the
 * string itself; a Set for more, in the order they came.
 */
type IdSet = string | Set<string>;

function addTo(map: Map<string, IdSet>, key: string, value: string): void {
  if (!key) return;
  const ids = map.get(key);
  if (ids === undefined) map.set(key, value);
  else if (typeof ids !== 'string') ids.add(value);
  else if (ids !== value) map.set(key, new Set([ids, value]));
}

function removeFrom(map: Map<string, IdSet>, key: string, value: string): void {
  const ids = map.get(key);
  if (ids === undefined) return;
  if (typeof ids === 'string') {
    if (ids === value) map.delete(key);
    return;
  }
  ids.delete(value);
  if (!ids.size) map.delete(key);
}

function idsIn(ids: IdSet | undefined): Iterable<string> {
  return ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids;
}

/** Takes a note's talks out of a speaker's record. */
function removeNoteOf(speaker: SpeakerRecord, uri: string): void {
  const at = speaker.uris.indexOf(uri);
  if (at < 0) return;
  let end = at;
  while (end < speaker.uris.length && speaker.uris[end] === uri) end++;
  speaker.uris.splice(at, end - at);
  speaker.talkIds.splice(at, end - at);
  speaker.names.splice(at, end - at);
  speaker.orgs.splice(at, end - at);
}

/**
 * Files one note's events, talks and speakers under their name keys (put()), from its objects or
 * its outline; counts its talks and tells whether an id is not of the note's own shape.
 */
class NoteFiler implements NoteOutlineVisitor {
  odd = false;
  talkCount = 0;
  private talkId = '';

  constructor(
    private readonly uri: string,
    private readonly stamp: number,
    private readonly touched: Set<string> | null,
    private readonly eventsByName: Map<string, IdSet>,
    private readonly talksByTitle: Map<string, IdSet>,
    private readonly speakers: Map<string, SpeakerRecord>,
  ) {}

  event(id: string, name: string, key = keyOf(name)): void {
    if (!isLocalId(id, this.uri)) this.odd = true;
    this.touched?.add(key);
    addTo(this.eventsByName, key, id);
  }

  talk(id: string, title: string, key = keyOf(title)): void {
    if (!isLocalId(id, this.uri)) this.odd = true;
    this.talkCount++;
    this.talkId = id;
    this.touched?.add(key);
    addTo(this.talksByTitle, key, id);
  }

  speaker(name: string, org: string | null, key = speakerKey(name)): void {
    // `[[Jane Doe]]` resolves to a speaker's name (see touchedKeys).
    this.touched?.add(keyOf(name));
    let speaker = this.speakers.get(key);
    if (!speaker) this.speakers.set(key, (speaker = { talkIds: [], uris: [], names: [], orgs: [], stamp: this.stamp }));
    speaker.talkIds.push(this.talkId);
    speaker.uris.push(this.uri);
    speaker.names.push(name);
    speaker.orgs.push(org);
    speaker.stamp = this.stamp;
  }
}

/** A note entry's talk entries (and its event entries), made the first time they are asked for. */
function ownTalks(entry: NoteEntry): TalkEntry[] {
  if (entry.talkEntries) return entry.talkEntries;
  const note = entry.note;
  const noteEvents = note.events;
  // Of their exact lengths (put() counted the talks): an array grown by push keeps room for 16.
  let talkCount = 0;
  for (const event of noteEvents) talkCount += event.talks.length;
  const talks = new Array<TalkEntry>(talkCount);
  const events = new Array<EventEntry>(noteEvents.length);
  let t = 0;
  for (let e = 0; e < noteEvents.length; e++) {
    const event = noteEvents[e];
    events[e] = { event, note };
    for (const talk of event.talks) talks[t++] = { talk, event, note };
  }
  entry.eventEntries = events;
  entry.talkEntries = talks;
  return talks;
}

/** Whether an id is its note's URI, '#' and a part without '#' (as the extractor makes them): then talk() and event() find it through the note. */
function isLocalId(id: string, uri: string): boolean {
  return id.length > uri.length && id.charCodeAt(uri.length) === 35 && id.startsWith(uri) && id.indexOf('#', uri.length + 1) < 0;
}

/**
 * The keys under which a note's references are found: a wiki or timetable reference under the
 * name keys of its talk part, its event part and its whole text; a link under the URI of the note it points at
 * (`link:` + URI). Resolution still decides; the keys only say which notes to look at.
 */
function addReferences(map: Map<string, NotesByKey>, note: StoredNote): void {
  // A note comes under a key once: its keys are a set, and put() takes a note's old entries out
  // before it adds the new ones (looking for its URI first made a key of n notes cost n² to fill).
  for (const key of referenceKeys(note)) {
    const notes = map.get(key);
    if (notes === undefined) map.set(key, note);
    else if (!Array.isArray(notes)) map.set(key, [notes, note]);
    else notes.push(note);
  }
}

/** Takes the note of `uri` out of the notes under `key`. */
function removeReference(map: Map<string, NotesByKey>, key: string, uri: string): void {
  const notes = map.get(key);
  if (notes === undefined) return;
  if (!Array.isArray(notes)) {
    if (notes.uri === uri) map.delete(key);
    return;
  }
  const at = notes.findIndex((n) => n.uri === uri);
  if (at < 0) return;
  notes.splice(at, 1);
  if (notes.length === 1) map.set(key, notes[0]);
}

/**
 * The notes under one reference key: most keys are in one note, held as it is (a Map per key held
 * 12.6 MB for the 25k keys of the 10k corpus), several in an array in the order they came.
 */
type NotesByKey = StoredNote | StoredNote[];

/** Notes a tool's kept stats must be brought forward for: the first change since they were made keeps the entry they counted. */
function noteChangedFor(tool: ToolEntry, uri: string, entry: NoteEntry | undefined): void {
  const memo = tool.memo;
  if (!memo?.changed || memo.changed.has(uri)) return;
  // Many changes (or old entries kept alive): made anew instead.
  if (memo.changed.size >= 16) memo.changed = null;
  else memo.changed.set(uri, entry);
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) (best = v), (n = c);
  return best;
}

/** How much of what a note says of a tool two entries share (see ToolEntry's stamps). */
const enum Sameness {
  None,
  /** All but the ids, titles or title places of some talks not naming the tool on their title lines. */
  AllButTitles,
  All,
}

/**
 * What a tool's summary rows [from, to) in a note's old entry and [nowFrom, nowTo) in its new one
 * share: row by row, the counts, whether the row has a talk, the talk's event (its place in the
 * note, id, name, dates, place; the note's first event for mentions outside talks), and for a talk
 * naming the tool on its title line its title place; beyond that (All), every talk's id, title and
 * title place. Which talk each mention is in is compared by row (sameMentions).
 */
function compareRows(old: NoteEntry, oldTalks: Array<TalkEntry | undefined>, now: NoteEntry, nowTalks: Array<TalkEntry | undefined>, from: number, to: number, nowFrom: number, nowTo: number): Sameness {
  if (to - from !== nowTo - nowFrom) return Sameness.None;
  const a = old.note.mentions.summary;
  const b = now.note.mentions.summary;
  let same = Sameness.All;
  for (let r = from, q = nowFrom; r < to; r += SUMMARY_FIELDS, q += SUMMARY_FIELDS) {
    const titled = a[r + 3];
    if (a[r + 2] !== b[q + 2] || titled !== b[q + 3]) return Sameness.None;
    const talk = a[r + 1];
    const talkNow = b[q + 1];
    if ((talk < 0) !== (talkNow < 0)) return Sameness.None;
    const t = talk < 0 ? undefined : oldTalks[talk];
    const u = talkNow < 0 ? undefined : nowTalks[talkNow];
    if (!t || !u) {
      // Counted in the note's first event (addToStats).
      if (t !== u || !sameEvent(old.note.events[0], now.note.events[0])) return Sameness.None;
      continue;
    }
    if (!sameEvent(t.event, u.event) || t.note.events.indexOf(t.event) !== u.note.events.indexOf(u.event)) return Sameness.None;
    const sameTitle = t.talk.id === u.talk.id && t.talk.title === u.talk.title && sameRange(t.talk.titleRange, u.talk.titleRange);
    if (sameTitle) continue;
    if (titled && !sameRange(t.talk.titleRange, u.talk.titleRange)) return Sameness.None;
    same = Sameness.AllButTitles;
  }
  return same;
}

function sameEvent(a: Event | undefined, b: Event | undefined): boolean {
  if (!a || !b) return a === b;
  return a.id === b.id && a.name === b.name && a.date === b.date && a.endDate === b.endDate && a.location === b.location;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** A table's mentions grouped by tool: `order` holds their offsets, a tool's (by string index `s`) from `starts[s]` to `starts[s + 1]`, in the note's order. */
interface MentionsByTool {
  order: Int32Array;
  starts: Int32Array;
}

function mentionsByTool(table: MentionTable): MentionsByTool {
  const d = table.data;
  const starts = new Int32Array(table.strings.length + 1);
  for (let o = 0; o < d.length; o += MENTION_FIELDS) starts[d[o + MENTION_TOOL] + 1]++;
  for (let s = 0; s < table.strings.length; s++) starts[s + 1] += starts[s];
  const next = starts.slice(0, table.strings.length);
  const order = new Int32Array(d.length / MENTION_FIELDS);
  for (let o = 0; o < d.length; o += MENTION_FIELDS) order[next[d[o + MENTION_TOOL]]++] = o;
  return { order, starts };
}

/**
 * Whether one tool's mentions (its string index in each table) are the same in two tables: in
 * order, the same places and texts, each in the talk of the same row (`aRow`, `bRow`: a talk's
 * place among the tool's rows, by string index) or in none.
 */
function sameMentions(a: MentionTable, aByTool: MentionsByTool, aRow: Int32Array, tool: number, b: MentionTable, bByTool: MentionsByTool, bRow: Int32Array, toolNow: number): boolean {
  const from = aByTool.starts[tool];
  const n = aByTool.starts[tool + 1] - from;
  const fromNow = bByTool.starts[toolNow];
  if (bByTool.starts[toolNow + 1] - fromNow !== n) return false;
  const x = a.data;
  const y = b.data;
  for (let i = 0; i < n; i++) {
    const o = aByTool.order[from + i];
    const p = bByTool.order[fromNow + i];
    // Places first: most often what an edit moves.
    for (let f = MENTION_START_LINE; f <= MENTION_END_CHARACTER; f++) if (x[o + f] !== y[p + f]) return false;
    if (a.strings[x[o + MENTION_TEXT]] !== b.strings[y[p + MENTION_TEXT]]) return false;
    const talk = x[o + MENTION_TALK];
    const talkNow = y[p + MENTION_TALK];
    if (talk < 0 || talkNow < 0 ? talk !== talkNow : aRow[talk] !== bRow[talkNow]) return false;
  }
  return true;
}
