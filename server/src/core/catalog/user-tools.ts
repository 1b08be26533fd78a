// Reads a user's tool file (YAML): tools of their own, or overrides of built-in ones.
import type { Node as YamlNode } from 'yaml';
import { yaml } from '../libraries';
import type { NoteProblem, Range } from '../model';
import { LineTable } from '../text';
import type { UserTool } from './catalog';
import type { ToolEntry } from './types';

/** Where users keep their tools, relative to a workspace folder. */
export const USER_TOOL_FILES = ['.infranotes/tools.yaml', '.infranotes/tools.yml'];

const FIELDS = ['name', 'category', 'vendor', 'homepage', 'description'] as const;

export function parseUserTools(text: string, uri: string): { tools: UserTool[]; problems: NoteProblem[] } {
  const table = new LineTable(text);
  const problems: NoteProblem[] = [];
  const tools: UserTool[] = [];
  const rangeOf = (node: YamlNode | null | undefined): Range => {
    const r = node?.range;
    return r ? table.range(r[0], r[1]) : table.range(0, 0);
  };
  const { isMap, isSeq, parseDocument } = yaml();
  const doc = parseDocument(text, { prettyErrors: false });
  for (const e of doc.errors) problems.push({ range: table.range(e.pos[0], e.pos[1]), message: `Tool file is not valid YAML: ${e.message.split('\n')[0]}` });
  const root = doc.contents;
  const list = isMap(root) ? root.get('tools', true) : isSeq(root) ? root : null;
  if (!isSeq(list)) {
    if (!doc.errors.length) problems.push({ range: table.range(0, 0), message: 'Tool file needs a `tools:` list.' });
    return { tools, problems };
  }
  for (const item of list.items) {
    if (!isMap(item)) {
      problems.push({ range: rangeOf(item as YamlNode), message: 'Each tool is a mapping with at least `id`.' });
      continue;
    }
    const value = item.toJSON() as Record<string, unknown>;
    const id = typeof value['id'] === 'string' ? value['id'].trim() : '';
    if (!id) {
      problems.push({ range: rangeOf(item), message: 'A tool needs an `id` (for example `id: shipit`).' });
      continue;
    }
    const entry: Partial<ToolEntry> & { id: string } = { id };
    for (const f of FIELDS) if (typeof value[f] === 'string') (entry as Record<string, unknown>)[f] = value[f];
    if (Array.isArray(value['aliases'])) entry.aliases = value['aliases'].filter((a): a is string => typeof a === 'string' && !!a.trim());
    if (Array.isArray(value['context'])) entry.context = value['context'].filter((a): a is string => typeof a === 'string');
    // `partOf: vault` or a list of ids.
    const partOf = typeof value['partOf'] === 'string' ? [value['partOf']] : value['partOf'];
    if (Array.isArray(partOf)) entry.partOf = partOf.filter((a): a is string => typeof a === 'string' && !!a.trim()).map((a) => a.trim());
    const idNode = item.get('id', true) as YamlNode | undefined;
    const r = idNode?.range ?? item.range;
    const range = r ? table.range(r[0], r[1]) : table.range(0, 0);
    // Go to definition lands on the whole line of `id:`.
    tools.push({ entry, uri, range: { start: { line: range.start.line, character: 0 }, end: { line: range.start.line, character: table.line(range.start.line).length } } });
  }
  return { tools, problems };
}
