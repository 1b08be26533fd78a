// Where a mention's numbers sit in its note's table (core/mentions.ts: MENTION_FIELDS numbers per
// mention: tool, text, talk, start line/character, end line/character). Answers over many
// mentions (a tool's references, its newest mentions) read them here instead of making objects;
// the tests compare those answers with ones made through the table's own methods.
import type { Location } from './types';
import { MENTION_END_CHARACTER, MENTION_END_LINE, MENTION_FIELDS, MENTION_START_CHARACTER, MENTION_START_LINE, MENTION_TALK, MENTION_TOOL } from '../mentions';
import type { StoredNote } from '../workspace-index';

export { MENTION_FIELDS };
export const TOOL = MENTION_TOOL;
export const TALK = MENTION_TALK;
export const SL = MENTION_START_LINE;
export const SC = MENTION_START_CHARACTER;
export const EL = MENTION_END_LINE;
export const EC = MENTION_END_CHARACTER;

/** Pushes the location of each mention of a tool (its string index) whose talk (string index, -1: none) is in `talks`, in the note's order. */
export function pushMentionsOfTalks(note: StoredNote, tool: number, talks: Set<number>, out: Location[]): void {
  const d = note.mentions.data;
  for (let o = 0; o < d.length; o += MENTION_FIELDS) {
    if (d[o + TOOL] !== tool || !talks.has(d[o + TALK])) continue;
    out.push({ uri: note.uri, range: { start: { line: d[o + SL], character: d[o + SC] }, end: { line: d[o + EL], character: d[o + EC] } } });
  }
}
