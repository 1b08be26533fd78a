"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detachSettings = void 0;
exports.detached = detached;
exports.detachStrings = detachStrings;
exports.detachSpeakers = detachSpeakers;
/**
 * Off where notes are extracted only to be sent elsewhere as bytes (extraction workers): their
 * strings are made anew on the other side, and copying them first cost about 1% of extraction.
 */
exports.detachSettings = { enabled: true };
/** Shorter substrings are copies already (V8's SlicedString::kMinLength). */
const MIN_SLICE = 13;
/** The same characters in a string of its own: flattening the pair copies them out of any parent. */
function detached(s) {
    return s.length < MIN_SLICE ? s : (' ' + s).slice(1);
}
/** Replaces, in place, every string of the note that can be a slice of its text by a copy. Returns the note. */
function detachStrings(note) {
    if (!exports.detachSettings.enabled)
        return note;
    for (const event of note.events) {
        event.name = detached(event.name);
        if (event.location !== null)
            event.location = detached(event.location);
        for (const talk of event.talks) {
            talk.title = detached(talk.title);
            detachSpeakers(talk.speakers);
        }
    }
    for (const m of note.mentions)
        m.text = detached(m.text);
    for (const r of note.references) {
        r.text = detached(r.text);
        const t = r.target;
        if (t.event !== undefined)
            t.event = detached(t.event);
        if (t.talk !== undefined)
            t.talk = detached(t.talk);
        if (t.path !== undefined)
            t.path = detached(t.path);
        if (t.fragment !== undefined)
            t.fragment = detached(t.fragment);
    }
    for (let i = 0; i < note.tags.length; i++)
        note.tags[i] = detached(note.tags[i]);
    for (const p of note.problems)
        p.message = detached(p.message);
    return note;
}
/** The same for speakers, in place: they may be shared with the extraction kept for the next edit (the values stay equal). */
function detachSpeakers(speakers) {
    if (!exports.detachSettings.enabled)
        return;
    for (const sp of speakers) {
        sp.name = detached(sp.name);
        if (sp.org !== null)
            sp.org = detached(sp.org);
        if (sp.handle !== undefined)
            sp.handle = detached(sp.handle);
        if (sp.role !== undefined)
            sp.role = detached(sp.role);
    }
}
//# sourceMappingURL=detach.js.map