"use strict";
// The template of "New Event Note": pure functions, no VS Code API (unit-tested with node:test).
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENGLISH_WORDS = void 0;
exports.slugify = slugify;
exports.isIsoDate = isIsoDate;
exports.today = today;
exports.yamlScalar = yamlScalar;
exports.renderEventNote = renderEventNote;
exports.candidateName = candidateName;
exports.ENGLISH_WORDS = {
    talkTitle: 'Talk title',
    speaker: 'Speaker Name',
    company: 'Company',
    bullet: 'Your notes. Tools you mention are found in any spelling.',
};
/** A file name for an event: lower case, words joined by "-", Korean and Japanese kept as they are. */
function slugify(name) {
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
function isIsoDate(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1)
        return false;
    return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
/** Today as YYYY-MM-DD in local time. */
function today(now = new Date()) {
    const p = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
/** A YAML scalar: plain when that is unambiguous, else double-quoted (JSON strings are valid YAML). */
function yamlScalar(s) {
    const t = s.trim();
    if (t === '')
        return '""';
    const plain = !/[:#{}[\],&*?|<>=!%@`'"\\]/.test(t) &&
        !/^[-?~]/.test(t) &&
        !/^(true|false|yes|no|on|off|null)$/i.test(t) &&
        !/^[\d.+-]+$/.test(t);
    return plain ? t : JSON.stringify(t);
}
/** The text of a new event note: front matter, the event heading and one sample talk. */
function renderEventNote(note, words = exports.ENGLISH_WORDS, eol = '\n') {
    const name = note.name.replace(/[\r\n]+/g, ' ').trim();
    const lines = ['---', `title: ${yamlScalar(name)}`, `date: ${note.date}`];
    if (note.location?.trim())
        lines.push(`location: ${yamlScalar(note.location.replace(/[\r\n]+/g, ' '))}`);
    lines.push(`tags: [${(note.tags ?? []).map(yamlScalar).join(', ')}]`);
    lines.push('---', '', `# ${name}`, '', `## ${words.talkTitle} - ${words.speaker} (${words.company})`, '', `- ${words.bullet}`, '');
    return lines.join(eol);
}
/** `base.md`, then `base-2.md`, `base-3.md`, …: the n-th candidate file name. */
function candidateName(slug, n, ext = '.md') {
    return n <= 1 ? `${slug}${ext}` : `${slug}-${n}${ext}`;
}
//# sourceMappingURL=note-template.js.map