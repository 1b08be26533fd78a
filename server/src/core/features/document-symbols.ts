// The outline of a note: its event, and the event's talks (with speakers as detail).
import type { Range } from '../model';
import { comparePositions } from '../text';
import type { FeatureContext } from './context';
import { displayText } from './markdown-escape';
import { SymbolKind, type DocumentSymbol } from './types';

export function documentSymbols(ctx: FeatureContext, uri: string): DocumentSymbol[] {
  const note = ctx.index.note(uri);
  if (!note) return [];
  const out: DocumentSymbol[] = [];
  for (const event of note.events) {
    const children: DocumentSymbol[] = event.talks.map((talk) => ({
      name: displayText(talk.title) || '(untitled talk)',
      detail: displayText(talk.speakers.map((s) => (s.org ? `${s.name} (${s.org})` : s.name)).join(', ')),
      kind: SymbolKind.Function,
      range: talk.bodyRange,
      selectionRange: within(talk.titleRange, talk.bodyRange),
    }));
    // A note that names no talk, date or venue is not an event note: its title alone is no outline.
    if (!children.length && !event.date && !event.location) continue;
    out.push({
      name: displayText(event.name) || '(untitled event)',
      detail: displayText([event.date, event.location].filter(Boolean).join(' \u00b7 ')),
      kind: SymbolKind.Event,
      range: event.range,
      selectionRange: within(event.nameRange, event.range),
      children,
    });
  }
  return out;
}

/** LSP requires the selection range inside the range; clamp when the extractor's ranges disagree. */
function within(inner: Range, outer: Range): Range {
  if (comparePositions(inner.start, outer.start) >= 0 && comparePositions(inner.end, outer.end) <= 0) return inner;
  return { start: outer.start, end: outer.start };
}
