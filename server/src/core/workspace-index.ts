// The index of a whole notes folder: every note's extraction plus the maps that answer
// questions across notes (who mentioned a tool, a speaker's talks, a talk by title).
// Updates are per note: changing one note touches only that note's entries.
import { Catalog } from './catalog/catalog';
import { extractNote } from './extract/note';
import type { Event, Mention, Note, Speaker, Talk } from './model';
import { nameKey } from './text';

export interface TalkEntry {
  talk: Talk;
  event: Event;
  note: Note;
}

export interface MentionEntry {
  mention: Mention;
  note: Note;
}

export interface SpeakerEntry {
  key: string;
  name: string;
  orgs: string[];
  talks: TalkEntry[];
}

export interface NoteInput {
  uri: string;
  text: string;
  plainText?: boolean;
  encoding?: string;
}

export class WorkspaceIndex {
  private readonly notesByUri = new Map<string, Note>();
  private readonly toolMentions = new Map<string, Map<string, Mention[]>>();
  private readonly talksById = new Map<string, TalkEntry>();
  private readonly eventsById = new Map<string, { event: Event; note: Note }>();
  private readonly talksByTitle = new Map<string, Set<string>>();
  private readonly eventsByName = new Map<string, Set<string>>();
  private readonly speakerTalks = new Map<string, Map<string, string[]>>();
  private speakerNames = new Map<string, Speaker[]>();
  /** Bumped on every change, so callers can cache answers. */
  version = 0;

  constructor(public catalog: Catalog = Catalog.builtin()) {}

  /** Extracts and stores one note, replacing what the index had for its URI. */
  update(input: NoteInput): Note {
    const note = extractNote(input.uri, input.text, { catalog: this.catalog, plainText: input.plainText, encoding: input.encoding });
    this.put(note);
    return note;
  }

  /** Stores an already extracted note (from the cache, or from a worker). */
  put(note: Note): void {
    this.remove(note.uri);
    this.notesByUri.set(note.uri, note);
    for (const m of note.mentions) {
      // Notes that crossed a thread or came from the cache carry their own copy of every string.
      m.toolId = this.intern(m.toolId);
      m.text = this.intern(m.text);
      if (m.talkId !== null) m.talkId = this.intern(m.talkId);
      let byNote = this.toolMentions.get(m.toolId);
      if (!byNote) this.toolMentions.set(m.toolId, (byNote = new Map()));
      let list = byNote.get(note.uri);
      if (!list) byNote.set(note.uri, (list = []));
      list.push(m);
    }
    for (const event of note.events) {
      this.eventsById.set(event.id, { event, note });
      addTo(this.eventsByName, nameKey(event.name), event.id);
      for (const talk of event.talks) {
        this.talksById.set(talk.id, { talk, event, note });
        addTo(this.talksByTitle, nameKey(talk.title), talk.id);
        for (const sp of talk.speakers) {
          const key = speakerKey(sp.name);
          let byNote = this.speakerTalks.get(key);
          if (!byNote) this.speakerTalks.set(key, (byNote = new Map()));
          const list = byNote.get(note.uri) ?? [];
          list.push(talk.id);
          byNote.set(note.uri, list);
          const names = this.speakerNames.get(key) ?? [];
          names.push(sp);
          this.speakerNames.set(key, names);
        }
      }
    }
    this.version++;
  }

  remove(uri: string): boolean {
    const old = this.notesByUri.get(uri);
    if (!old) return false;
    this.notesByUri.delete(uri);
    for (const m of old.mentions) {
      const byNote = this.toolMentions.get(m.toolId);
      byNote?.delete(uri);
      if (byNote && !byNote.size) this.toolMentions.delete(m.toolId);
    }
    for (const event of old.events) {
      this.eventsById.delete(event.id);
      removeFrom(this.eventsByName, nameKey(event.name), event.id);
      for (const talk of event.talks) {
        this.talksById.delete(talk.id);
        removeFrom(this.talksByTitle, nameKey(talk.title), talk.id);
        for (const sp of talk.speakers) {
          const key = speakerKey(sp.name);
          const byNote = this.speakerTalks.get(key);
          byNote?.delete(uri);
          if (byNote && !byNote.size) {
            this.speakerTalks.delete(key);
            this.speakerNames.delete(key);
          } else {
            const names = this.speakerNames.get(key);
            if (names) {
              const i = names.indexOf(sp);
              if (i >= 0) names.splice(i, 1);
            }
          }
        }
      }
    }
    this.version++;
    return true;
  }

  private readonly strings = new Map<string, string>();

  private intern(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    // A pool, not a registry: forgetting it only costs memory sharing, never correctness.
    if (this.strings.size > 200_000) this.strings.clear();
    this.strings.set(s, s);
    return s;
  }

  /** Replaces the catalog; the caller re-feeds the notes (the index keeps no texts). */
  setCatalog(catalog: Catalog): void {
    this.catalog = catalog;
    this.version++;
  }

  note(uri: string): Note | undefined {
    return this.notesByUri.get(uri);
  }

  notes(): Note[] {
    return [...this.notesByUri.values()];
  }

  get size(): number {
    return this.notesByUri.size;
  }

  /** Counts without building lists (the server reports them after every batch while indexing). */
  get talkCount(): number {
    return this.talksById.size;
  }

  get speakerCount(): number {
    return this.speakerTalks.size;
  }

  events(): Array<{ event: Event; note: Note }> {
    return [...this.eventsById.values()];
  }

  event(id: string): { event: Event; note: Note } | undefined {
    return this.eventsById.get(id);
  }

  talk(id: string): TalkEntry | undefined {
    return this.talksById.get(id);
  }

  talks(): TalkEntry[] {
    return [...this.talksById.values()];
  }

  talksTitled(title: string): TalkEntry[] {
    return [...(this.talksByTitle.get(nameKey(title)) ?? [])].map((id) => this.talksById.get(id)!).filter(Boolean);
  }

  eventsNamed(name: string): Array<{ event: Event; note: Note }> {
    return [...(this.eventsByName.get(nameKey(name)) ?? [])].map((id) => this.eventsById.get(id)!).filter(Boolean);
  }

  /** Every mention of a tool across the workspace. */
  mentionsOf(toolId: string): MentionEntry[] {
    const out: MentionEntry[] = [];
    for (const [uri, list] of this.toolMentions.get(toolId) ?? []) {
      const note = this.notesByUri.get(uri)!;
      for (const mention of list) out.push({ mention, note });
    }
    return out;
  }

  /** Tools mentioned anywhere, with how often. */
  mentionedTools(): Array<{ toolId: string; count: number; notes: number }> {
    const out: Array<{ toolId: string; count: number; notes: number }> = [];
    for (const [toolId, byNote] of this.toolMentions) {
      let count = 0;
      for (const list of byNote.values()) count += list.length;
      out.push({ toolId, count, notes: byNote.size });
    }
    return out.sort((a, b) => b.count - a.count || a.toolId.localeCompare(b.toolId));
  }

  /** Talks that mention a tool. */
  talksMentioning(toolId: string): TalkEntry[] {
    const ids = new Set<string>();
    for (const list of this.toolMentions.get(toolId)?.values() ?? []) for (const m of list) if (m.talkId) ids.add(m.talkId);
    return [...ids].map((id) => this.talksById.get(id)!).filter(Boolean);
  }

  speakers(): SpeakerEntry[] {
    return [...this.speakerTalks.keys()].map((key) => this.speaker(key)!).filter(Boolean);
  }

  speaker(key: string): SpeakerEntry | undefined {
    const byNote = this.speakerTalks.get(key);
    if (!byNote) return undefined;
    const talks = [...byNote.values()].flat().map((id) => this.talksById.get(id)!).filter(Boolean);
    const names = this.speakerNames.get(key) ?? [];
    const orgs = [...new Set(names.map((s) => s.org).filter((o): o is string => !!o))];
    const name = mostCommon(names.map((s) => s.name)) ?? key;
    return { key, name, orgs, talks };
  }
}

export function speakerKey(name: string): string {
  return nameKey(name);
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  if (!key) return;
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (!set.size) map.delete(key);
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) (best = v), (n = c);
  return best;
}
