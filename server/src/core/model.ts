// The index's data model. Plain data only: everything here can be serialised to JSON
// (the persistent cache and the CLI rely on that).

/** 0-based line and UTF-16 code-unit character, exactly as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Language = 'en' | 'ko' | 'ja' | 'mixed';

export interface Speaker {
  name: string;
  org: string | null;
  /** A handle such as @jdoe or a GitHub user name, when the note gives one. */
  handle?: string;
  /** A job title or team, when the note gives one ("SRE팀", "Principal Engineer"). */
  role?: string;
}

/** How many times a talk mentions a tool. */
export interface ToolCount {
  toolId: string;
  count: number;
}

export interface Talk {
  /** Stable across re-indexing: derived from the note path and the title. */
  id: string;
  eventId: string;
  title: string;
  speakers: Speaker[];
  /** The line that carries the title. */
  titleRange: Range;
  /** From the title line to the last line of the talk's notes. */
  bodyRange: Range;
  /** Tools mentioned in the title and body, most mentioned first. */
  tools: ToolCount[];
  /** The title in another language, as the note gives it beside the title (a translation, or the original): searched as the title is. */
  otherTitle?: string;
}

export interface Event {
  id: string;
  name: string;
  /** ISO date: YYYY-MM-DD, or YYYY-MM / YYYY when that is all the note says. */
  date: string | null;
  endDate: string | null;
  location: string | null;
  /** Where the event's name was read from (a front-matter line, a heading, a prose line). */
  nameRange: Range;
  /** The whole part of the note that belongs to the event. */
  range: Range;
  talks: Talk[];
}

export interface Mention {
  toolId: string;
  /** The text as written in the note (`테라폼`, `k8s`). */
  text: string;
  range: Range;
  /** The talk whose title or body holds the mention, if any. */
  talkId: string | null;
}

/**
 * A place in a note that points at a talk or an event: `[[Event#Talk]]`, `[[Talk]]`,
 * a markdown link to a note (and heading), or a timetable line naming a talk described elsewhere.
 */
export interface TalkReference {
  kind: 'wiki' | 'link' | 'agenda';
  /** The reference as written, without brackets. */
  text: string;
  range: Range;
  /** What the reference names. Resolution against the index happens at query time. */
  target: {
    event?: string;
    talk?: string;
    /** For markdown links: the linked path, relative to the note, and the heading fragment. */
    path?: string;
    fragment?: string;
  };
}

export interface NoteProblem {
  range: Range;
  message: string;
}

/** Everything a note says but its mentions (the index keeps those packed: see mentions.ts). */
export interface NoteBase {
  uri: string;
  language: Language;
  /** How the bytes were decoded ("utf-8", "utf-8-bom", "utf-16le", "euc-kr", "shift_jis", ...); "text" when handed a string. */
  encoding: string;
  lineCount: number;
  events: Event[];
  references: TalkReference[];
  /** Front matter tags, if any. */
  tags: string[];
  /** Tools listed in front matter (`tools:`), resolved to ids. */
  frontMatterTools: string[];
  /** Things the extractor could not read (broken front matter...), reported to the user. */
  problems: NoteProblem[];
}

/** A note as the extractor gives it. */
export interface Note extends NoteBase {
  mentions: Mention[];
}
