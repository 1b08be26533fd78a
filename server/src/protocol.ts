// Every custom message between the Infra Notes client and server, declared once.
// Both sides import this file; each message says its direction.
// Positions and ranges are LSP's (0-based lines, UTF-16 characters).
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { Range, Position } from './core/model';

export interface ToolRefItem {
  id: string;
  name: string;
  category: string;
  count: number;
}

export interface TalkItem {
  id: string;
  title: string;
  /** "Jane Doe (Acme), Kim Minsu". */
  speakers: string;
  eventId: string;
  eventName: string;
  date: string | null;
  uri: string;
  range: Range;
  tools: ToolRefItem[];
}

export interface EventItem {
  id: string;
  name: string;
  date: string | null;
  endDate: string | null;
  location: string | null;
  uri: string;
  range: Range;
  talks: TalkItem[];
}

export interface EventTree {
  /** Newest year first; events without a date go under "undated". */
  years: Array<{ year: string; events: EventItem[] }>;
}

export interface ToolTree {
  categories: Array<{ category: string; tools: Array<ToolRefItem & { vendor: string; description: string; talks: TalkItem[] }> }>;
}

export interface SpeakerTree {
  speakers: Array<{ key: string; name: string; orgs: string[]; talks: TalkItem[] }>;
}

export type SearchKind = 'event' | 'talk' | 'speaker' | 'tool';

export interface SearchParams {
  query: string;
  kinds?: SearchKind[];
  limit?: number;
}

export interface SearchItem {
  kind: SearchKind;
  id: string;
  label: string;
  detail: string;
  uri: string;
  range: Range;
}

export interface ToolCardParams {
  /** A tool id, or a place in a note where a tool is mentioned. */
  toolId?: string;
  uri?: string;
  position?: Position;
}

export interface ToolCard {
  toolId: string;
  name: string;
  /** The same card as the hover: markdown, with everything from notes escaped. */
  markdown: string;
}

export interface IndexStatus {
  /** The server's process id (for diagnostics, and the test that kills it). */
  pid?: number;
  /** True while the first index (or a reindex) is being built. */
  indexing: boolean;
  roots: string[];
  notes: number;
  events: number;
  talks: number;
  speakers: number;
  tools: number;
  mentions: number;
  /** Milliseconds the last full index took. */
  millis: number;
  /** Notes answered from the persistent cache at start. */
  fromCache: number;
  skipped: Array<{ uri: string; reason: string }>;
  problems: Array<{ uri: string; line: number; message: string }>;
}

export interface TalkAtParams {
  uri: string;
  position: Position;
}

export interface IndexChanged {
  version: number;
  notes: number;
  talks: number;
  indexing: boolean;
}

export const Requests = {
  /** client → server: events by year, with talks and their tools. */
  eventTree: new RequestType0<EventTree, void>('infranotes/eventTree'),
  /** client → server: tools by category, with the talks that mention them. */
  toolTree: new RequestType0<ToolTree, void>('infranotes/toolTree'),
  /** client → server: speakers with their talks. */
  speakerTree: new RequestType0<SpeakerTree, void>('infranotes/speakerTree'),
  /** client → server: ranked search over events, talks, speakers and tools. */
  search: new RequestType<SearchParams, SearchItem[], void>('infranotes/search'),
  /** client → server: the tool card shown in the hover, for a panel that stays open. */
  toolCard: new RequestType<ToolCardParams, ToolCard | null, void>('infranotes/toolCard'),
  /** client → server: counts, timing and skipped files. */
  indexStatus: new RequestType0<IndexStatus, void>('infranotes/indexStatus'),
  /** client → server: the talk whose title or notes hold a position (for "reveal in Events view"). */
  talkAt: new RequestType<TalkAtParams, TalkItem | null, void>('infranotes/talkAt'),
  /** client → server: forget everything and index the workspace again. */
  reindex: new RequestType0<IndexStatus, void>('infranotes/reindex'),
} as const;

export const Notifications = {
  /** server → client: the index changed; views refresh. */
  indexChanged: new NotificationType<IndexChanged>('infranotes/indexChanged'),
} as const;

/** Settings the server reads (section "infranotes"). */
export interface Settings {
  files: { include: string[]; exclude: string[]; maxFileSizeMB: number };
  toolFile: string;
  hover: { detail: 'full' | 'compact' };
  cache: { enabled: boolean; folder: string };
}

export const DEFAULT_SETTINGS: Settings = {
  files: {
    include: ['**/*.md', '**/*.markdown', '**/*.txt', '**/[!.]*[!.]'],
    exclude: ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/build/**'],
    maxFileSizeMB: 10,
  },
  toolFile: '.infranotes/tools.yaml',
  hover: { detail: 'full' },
  cache: { enabled: true, folder: '' },
};
