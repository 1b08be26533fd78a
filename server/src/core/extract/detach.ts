// A note's strings, cut loose from the text they were read from.
//
// V8 makes a substring of 13 characters or more as a slice that points into the whole string it
// was taken from. A title read from a 211 KB note is such a slice, and keeps all 211 KB alive for
// as long as anything keeps the title: a memo keyed by titles, a tool's kept stats, a search row.
// Each edit of a long note makes a new text, and every version whose titles were kept stayed in
// memory: after 100 edits of a 211 KB note in a 10k-note workspace, 36 MB of old texts.
import type { Note, Speaker } from '../model';

/**
 * Off where notes are extracted only to be sent elsewhere as bytes (extraction workers): their
 * strings are made anew on the other side, and copying them first cost about 1% of extraction.
 */
export const detachSettings = { enabled: true };

/** Shorter substrings are copies already (V8's SlicedString::kMinLength). */
const MIN_SLICE = 13;

/** The same characters in a string of its own: flattening the pair copies them out of any parent. */
export function detached(s: string): string {
  return s.length < MIN_SLICE ? s : (' ' + s).slice(1);
}

/**
 * The answer `answer` gives for `key`, remembered in `memo` by a copy of the key (a slice would keep a note's whole text
 * alive); `memo` is cleared when it holds `limit` answers, so it stays small.
 */
export function rememberedAnswer<T>(memo: Map<string, T>, key: string, limit: number, answer: (key: string) => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = answer(key);
  if (memo.size >= limit) memo.clear();
  memo.set(detached(key), found);
  return found;
}

/** Replaces, in place, every string of the note that can be a slice of its text by a copy. Returns the note. */
export function detachStrings(note: Note): Note {
  if (!detachSettings.enabled) return note;
  for (const event of note.events) {
    event.name = detached(event.name);
    if (event.location !== null) event.location = detached(event.location);
    for (const talk of event.talks) {
      talk.title = detached(talk.title);
      if (talk.otherTitle !== undefined) talk.otherTitle = detached(talk.otherTitle);
      detachSpeakers(talk.speakers);
    }
  }
  for (const m of note.mentions) m.text = detached(m.text);
  for (const r of note.references) {
    r.text = detached(r.text);
    const t = r.target;
    if (t.event !== undefined) t.event = detached(t.event);
    if (t.talk !== undefined) t.talk = detached(t.talk);
    if (t.path !== undefined) t.path = detached(t.path);
    if (t.fragment !== undefined) t.fragment = detached(t.fragment);
  }
  for (let i = 0; i < note.tags.length; i++) note.tags[i] = detached(note.tags[i]);
  for (const p of note.problems) p.message = detached(p.message);
  return note;
}

/** The same for speakers, in place: they may be shared with the extraction kept for the next edit (the values stay equal). */
export function detachSpeakers(speakers: Speaker[]): void {
  if (!detachSettings.enabled) return;
  for (const sp of speakers) {
    sp.name = detached(sp.name);
    if (sp.org !== null) sp.org = detached(sp.org);
    if (sp.handle !== undefined) sp.handle = detached(sp.handle);
    if (sp.role !== undefined) sp.role = detached(sp.role);
  }
}
