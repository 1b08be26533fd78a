// Where a mention's numbers sit in its note's table (core/mentions.ts: MENTION_FIELDS numbers per
// mention: tool, text, talk, start line/character, end line/character). Answers over many
// mentions (a tool's references, its newest mentions) read them here instead of making objects;
// the tests compare those answers with ones made through the table's own methods.
import type { Location } from './types';
import { MENTION_FIELDS } from '../mentions';
import type { StoredNote } from '../workspace-index';

export { MENTION_FIELDS };
export const TOOL = 0;
export const TALK = 2;
export const SL = 3;
export const SC = 4;
export const EL = 5;
export const EC = 6;

/** Pushes the location of each mention of a tool (its string index) whose talk (string index, -1: none) is in `talks`, in the note's order. */
export function pushMentionsOfTalks(note: StoredNote, tool: number, talks: Set<number>, out: Location[]): void {
  const d = note.mentions.data;
  for (let o = 0; o < d.length; o += MENTION_FIELDS) {
    if (d[o + TOOL] !== tool || !talks.has(d[o + TALK])) continue;
    out.push({ uri: note.uri, range: { start: { line: d[o + SL], character: d[o + SC] }, end: { line: d[o + EL], character: d[o + EC] } } });
  }
}
