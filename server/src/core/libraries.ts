// The libraries that parsing and decoding a note use, loaded when first needed: a server answering
// from its persistent index, or the CLI with every note cached, never runs their module code, and
// no start runs it before its first answer. esbuild turns each require into a call of the bundled
// module's init, which runs once.
import type * as Chardet from 'chardet';
import type * as IconvLite from 'iconv-lite';
import type MarkdownItClass from 'markdown-it';
import type * as Yaml from 'yaml';

let yamlModule: typeof Yaml | null = null;
let markdownItClass: typeof MarkdownItClass | null = null;
let chardetModule: typeof Chardet | null = null;
let iconvModule: typeof IconvLite | null = null;
/** What the server uses of smol-toml (its types are an ES module's, which this CommonJS build cannot import). */
interface Toml {
  parse(text: string): Record<string, unknown>;
}
let tomlModule: Toml | null = null;

export function yaml(): typeof Yaml {
  return (yamlModule ??= require('yaml') as typeof Yaml);
}

export function markdownIt(): typeof MarkdownItClass {
  return (markdownItClass ??= require('markdown-it') as typeof MarkdownItClass);
}

export function chardet(): typeof Chardet {
  return (chardetModule ??= require('chardet') as typeof Chardet);
}

export function iconv(): typeof IconvLite {
  return (iconvModule ??= require('iconv-lite') as typeof IconvLite);
}

export function toml(): Toml {
  return (tomlModule ??= require('smol-toml') as Toml);
}
