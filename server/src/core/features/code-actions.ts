// Quick fixes for unresolved `[[...]]` references: the closest talks (and events) by title.
import type { Range, TalkReference } from '../model';
import { nameKey } from '../text';
import type { FeatureContext } from './context';
import { UNRESOLVED, diagnostics } from './diagnostics';
import { displayText } from './markdown-escape';
import { resolveReference } from './resolve-reference';
import type { CodeAction } from './types';

const MAX_FIXES = 3;

export function codeActions(ctx: FeatureContext, uri: string, range: Range): CodeAction[] {
  const note = ctx.index.note(uri);
  if (!note) return [];
  const text = ctx.text(uri);
  const lines = text?.split(/\r\n|\r|\n/);
  const out: CodeAction[] = [];
  const diags = diagnostics(ctx, uri).filter((d) => d.code === UNRESOLVED);
  for (const ref of note.references) {
    if (ref.kind !== 'wiki' || !overlaps(ref.range, range)) continue;
    if (resolveReference(ctx, note, ref).kind !== 'unresolved') continue;
    const diag = diags.filter((d) => d.range.start.line === ref.range.start.line && d.range.start.character === ref.range.start.character);
    // Keep what the user wrote after '|' (a display text).
    const raw = lines?.[ref.range.start.line]?.slice(ref.range.start.character + 2, ref.range.end.character - 2) ?? ref.text;
    const bar = raw.indexOf('|');
    const alias = bar >= 0 ? raw.slice(bar) : '';
    suggestions(ctx, ref).forEach((s, i) => {
      out.push({
        title: displayText(`Change to [[${s}]]`),
        kind: 'quickfix',
        isPreferred: i === 0,
        diagnostics: diag,
        edit: { changes: { [uri]: [{ range: ref.range, newText: displayText(`[[${s}${alias}]]`) }] } },
      });
    });
  }
  return out;
}

/** What an unresolved reference most likely meant, best first, as `Event#Talk` (or an event name). */
export function suggestions(ctx: FeatureContext, ref: TalkReference): string[] {
  const { index } = ctx;
  const wantTalk = ref.target.talk ?? ref.text;
  const wantEvent = ref.target.event ? nameKey(ref.target.event) : '';
  const q = nameKey(wantTalk);
  const whole = nameKey(ref.text);
  const scored: Array<{ text: string; score: number }> = [];
  for (const { talk, event } of index.talks()) {
    let score = Math.max(similarity(q, nameKey(talk.title)), similarity(whole, nameKey(talk.title)));
    if (wantEvent) score = 0.75 * score + 0.25 * similarity(wantEvent, nameKey(event.name));
    if (score <= 0.1) continue;
    const text = talk.title.includes('#') ? talk.title : `${event.name}#${talk.title}`;
    scored.push({ text, score });
  }
  if (!ref.target.event) {
    for (const { event } of index.events()) {
      if (!event.talks.length) continue;
      const score = similarity(q, nameKey(event.name));
      if (score > 0.1) scored.push({ text: event.name, score });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.text.localeCompare(b.text));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of scored) {
    if (seen.has(s.text)) continue;
    seen.add(s.text);
    out.push(s.text);
    if (out.length >= MAX_FIXES) break;
  }
  return out;
}

/** Dice coefficient over character bigrams (single characters for very short keys); script-neutral. */
export function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    const chars = [...s];
    if (chars.length < 2) m.set(s, 1);
    for (let i = 0; i + 1 < chars.length; i++) {
      const g = chars[i] + chars[i + 1];
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const x = grams(a);
  const y = grams(b);
  let inter = 0;
  let nx = 0;
  let ny = 0;
  for (const v of x.values()) nx += v;
  for (const v of y.values()) ny += v;
  for (const [g, v] of x) inter += Math.min(v, y.get(g) ?? 0);
  return (2 * inter) / (nx + ny);
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
