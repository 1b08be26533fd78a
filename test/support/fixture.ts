// In-memory workspaces for the feature tests, written inline in the test:
//
//   //- /2024/hug-tokyo.md
//   # HUG Tokyo #18
//   ## テラフォーム$0のstateを分割した話
//   //- /.infranotes/tools.yaml
//   tools:
//     - id: shipit
//
// Every `//- /path` line starts a file of the workspace `file:///ws`. `$0` marks the cursor
// (at most once). `/.infranotes/tools.yaml` is the user's tool file. Each file's common
// indentation is removed.
import { Catalog } from '../../server/src/core/catalog/catalog';
import { parseUserTools } from '../../server/src/core/catalog/user-tools';
import { FeatureContext } from '../../server/src/core/features/context';
import type { Position, Range } from '../../server/src/core/model';
import { LineTable } from '../../server/src/core/text';

export const ROOT = 'file:///ws';
export const CURSOR = '$0';
const TOOL_FILE = '/.infranotes/tools.yaml';

export interface Fixture {
  ctx: FeatureContext;
  /** Path (as written after `//-`) → text, without the cursor marker. */
  files: Map<string, string>;
  cursor: { uri: string; position: Position } | null;
  uri(path: string): string;
  /** `path:line: text` (1-based line, the text the range covers): how tests name places. */
  place(uri: string, range: Range): string;
}

export function dedent(src: string): string {
  const lines = src.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n') + '\n';
}

export function fixture(src: string, options: { hoverDetail?: 'full' | 'compact'; locale?: 'en' | 'ko' | 'ja' } = {}): Fixture {
  const files = new Map<string, string>();
  let current: string | null = null;
  let buf: string[] = [];
  // Each file's body loses its own common indentation, so fixtures can be pasted together.
  const flush = () => {
    if (current !== null) files.set(current, dedent(buf.join('\n')).replace(/\n*$/, '\n'));
    buf = [];
  };
  for (const line of src.split('\n')) {
    const m = /^\s*\/\/- (\/\S(?:.*\S)?)\s*$/.exec(line);
    if (m) {
      flush();
      current = m[1];
    } else if (current !== null) buf.push(line);
    else if (line.trim()) throw new Error(`fixture text before the first //- header: ${line}`);
  }
  flush();
  const uri = (p: string) => ROOT + p.split('/').map((s) => encodeURIComponent(s)).join('/');

  let cursor: Fixture['cursor'] = null;
  for (const [p, text] of files) {
    const at = text.indexOf(CURSOR);
    if (at < 0) continue;
    if (cursor || text.indexOf(CURSOR, at + 1) >= 0) throw new Error('more than one cursor marker');
    const clean = text.slice(0, at) + text.slice(at + CURSOR.length);
    files.set(p, clean);
    cursor = { uri: uri(p), position: new LineTable(clean).positionAt(at) };
  }

  const toolText = files.get(TOOL_FILE);
  const user = toolText === undefined ? null : parseUserTools(toolText, uri(TOOL_FILE));
  const ctx = new FeatureContext(Catalog.builtin(user?.tools ?? []));
  ctx.roots = [ROOT];
  ctx.options = { hoverDetail: options.hoverDetail ?? 'full', locale: options.locale };
  if (user) {
    ctx.toolFiles = [{ uri: uri(TOOL_FILE), problems: user.problems }];
    ctx.setText(uri(TOOL_FILE), toolText);
  }
  for (const [p, text] of files) {
    if (p === TOOL_FILE) continue;
    ctx.updateNote({ uri: uri(p), text, plainText: !/\.(md|markdown)$/i.test(p) }, true);
  }

  const place = (u: string, range: Range) => {
    const p = [...files.keys()].find((k) => uri(k) === u) ?? u;
    const text = files.get(p) ?? '';
    const table = new LineTable(text);
    const covered = range.start.line === range.end.line ? table.line(range.start.line).slice(range.start.character, range.end.character) : `${table.line(range.start.line).slice(range.start.character)}…`;
    return `${p}:${range.start.line + 1}: ${covered}`;
  };
  return { ctx, files, cursor, uri, place };
}

export function needCursor(f: Fixture): { uri: string; position: Position } {
  if (!f.cursor) throw new Error('this check needs a $0 cursor in the fixture');
  return f.cursor;
}
