// The template of "New Event Note": pure functions, no VS Code API (unit-tested with node:test).

export interface NewNote {
  name: string;
  /** YYYY-MM-DD */
  date: string;
  location?: string;
  tags?: string[];
}

/** Words of the sample talk heading, in the UI language. */
export interface TemplateWords {
  talkTitle: string;
  speaker: string;
  company: string;
  bullet: string;
}

export const ENGLISH_WORDS: TemplateWords = {
  talkTitle: 'Talk title',
  speaker: 'Speaker Name',
  company: 'Company',
  bullet: 'Your notes. Tools you mention are found in any spelling.',
};

/** A file name for an event: lower case, words joined by "-", Korean and Japanese kept as they are. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut at a character boundary, not inside a surrogate pair.
  const cut = Array.from(slug).slice(0, 80).join('').replace(/-+$/, '');
  return cut || 'event';
}

/** Is `s` a real calendar date written as YYYY-MM-DD? */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Today as YYYY-MM-DD in local time. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A YAML scalar: plain when that is unambiguous, else double-quoted (JSON strings are valid YAML). */
export function yamlScalar(s: string): string {
  const t = s.trim();
  if (t === '') return '""';
  const plain =
    !/[:#{}[\],&*?|<>=!%@`'"\\]/.test(t) &&
    !/^[-?~]/.test(t) &&
    !/^(true|false|yes|no|on|off|null)$/i.test(t) &&
    !/^[\d.+-]+$/.test(t);
  return plain ? t : JSON.stringify(t);
}

/** The text of a new event note: front matter, the event heading and one sample talk. */
export function renderEventNote(note: NewNote, words: TemplateWords = ENGLISH_WORDS, eol = '\n'): string {
  const name = note.name.replace(/[\r\n]+/g, ' ').trim();
  const lines = ['---', `title: ${yamlScalar(name)}`, `date: ${note.date}`];
  if (note.location?.trim()) lines.push(`location: ${yamlScalar(note.location.replace(/[\r\n]+/g, ' '))}`);
  lines.push(`tags: [${(note.tags ?? []).map(yamlScalar).join(', ')}]`);
  lines.push('---', '', `# ${name}`, '', `## ${words.talkTitle} - ${words.speaker} (${words.company})`, '', `- ${words.bullet}`, '');
  return lines.join(eol);
}

/** `base.md`, then `base-2.md`, `base-3.md`, …: the n-th candidate file name. */
export function candidateName(slug: string, n: number, ext = '.md'): string {
  return n <= 1 ? `${slug}${ext}` : `${slug}-${n}${ext}`;
}
