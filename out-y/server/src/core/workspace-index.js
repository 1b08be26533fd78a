"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkspaceIndex = void 0;
exports.referenceKeys = referenceKeys;
exports.linkTargetUri = linkTargetUri;
exports.speakerKey = speakerKey;
exports.nameKeyOf = nameKeyOf;
// The index of a whole notes folder: every note's extraction plus the maps that answer
// questions across notes (who mentioned a tool, a speaker's talks, a talk by title, which notes
// refer to a name). Updates are per note: changing one note touches only that note's entries.
// Mentions are kept packed (mentions.ts); per tool, the index knows the notes that mention it
// and how often, so no question about a tool reads every mention of the workspace.
const catalog_1 = require("./catalog/catalog");
const note_1 = require("./extract/note");
const mentions_1 = require("./mentions");
const text_1 = require("./text");
function isOutlined(note) {
    return typeof note.outline === 'function';
}
/** Numbers per tool in NoteEntry.tools: its number, first row, row after its last, slot. */
const TOOL_FIELDS = 4;
class WorkspaceIndex {
    catalog;
    notesByUri = new Map();
    /** Tool id → what the index keeps about it (one map lookup per tool of a note put or removed); kept once seen. */
    tools = new Map();
    /** Tool id → a number of its own (given at first sight, never taken back: the catalog is small). */
    toolNumbers = new Map();
    /** What the index keeps about each tool, and its id, by its number. */
    toolsByNumber = [];
    toolIds = [];
    /**
     * Talks and events whose ids are not their note's URI, '#' and a part without '#' (the
     * extractor makes none such): the others are found through their note, with no map by id
     * (putting 10k notes made 47k talk entries, and inserting them was a large part of put()).
     */
    oddTalks = new Map();
    oddEvents = new Map();
    talkTotal = 0;
    /** Name key → the ids of the talks or events with it (see addTo: one id kept as itself). */
    talksByTitle = new Map();
    eventsByName = new Map();
    /** Speaker key → their talks by note, the names they were given, and when their talks last changed. */
    speakerEntries = new Map();
    /**
     * Reference key (see referenceKeys) → the notes holding such a reference. Made when first asked
     * for (only finding references to a talk or an event, and diagnostics after a change, ask),
     * kept up to date from then on. Made in the background after a whole index instead, it slowed
     * the hovers and definitions asked meanwhile at 100k notes (definition p50 0.78 → 7.2 ms).
     */
    referencesByKey = null;
    /** File name key → notes, made when a wiki link first asks and again after the set of notes changed. */
    notesByFileKey = null;
    /**
     * What each change touched: the name keys of the events and talks a note had and has, and
     * `link:` + its URI. Lets a consumer (diagnostics) redo only the notes that refer to them.
     * Bounded: a consumer older than its first entry starts over.
     */
    journal = [];
    /**
     * While false, put() keeps no journal of the keys it touches: touchedSince then answers null for
     * every version before, and its consumers start over. Loading the persistent index made a set and
     * an array of keys per note, of which the journal keeps the last 4096 (every consumer older than
     * the load starts over anyway).
     */
    journaling = true;
    /** Bumped on every change, so callers can cache answers. */
    version = 0;
    /** Bumped only when a note comes or goes (not when one is replaced): the set of URIs changed. */
    membership = 0;
    constructor(catalog = catalog_1.Catalog.builtin()) {
        this.catalog = catalog;
    }
    /** Extracts and stores one note, replacing what the index had for its URI. */
    update(input) {
        const note = (0, note_1.extractNote)(input.uri, input.text, { catalog: this.catalog, plainText: input.plainText, encoding: input.encoding });
        this.put(note);
        return note;
    }
    /** Stores an already extracted note (from the cache, or from a worker), packed. */
    put(input) {
        const oldEntry = this.notesByUri.get(input.uri);
        const touched = this.journaling ? this.touchedKeys(oldEntry?.note) : null;
        // The stamps of the note's tools before the change: kept below for the tools it says the same of.
        const stampsBefore = oldEntry && this.stampsOf(oldEntry);
        const existed = this.removeEntries(input.uri);
        const note = (0, mentions_1.storedNote)(input, this.intern);
        const uri = note.uri;
        const strings = note.mentions.strings;
        // Notes that crossed a thread carry their own copy of every string (those of one persistent
        // index file share them already): tool ids become the index's own (toolRows), texts are
        // looked up in the pool, talk ids (the note's own) are left as they are.
        const shared = (0, mentions_1.stringsShared)(note.mentions);
        const summary = note.mentions.summary;
        if (!shared)
            this.internTexts(strings, summary);
        const tools = this.toolRows(strings, summary, !shared);
        // Dense (no holes), so reading it stays fast.
        const entry = { note, talks: null, tools, talkEntries: null, eventEntries: null, talkCount: 0 };
        this.notesByUri.set(uri, entry);
        const stamp = this.version + 1;
        // Once per tool (a run of its rows), not per row.
        for (let k = 0; k < tools.length; k += TOOL_FIELDS) {
            const tool = this.toolsByNumber[tools[k]];
            noteChangedFor(tool, uri, undefined);
            tools[k + 3] = tool.notes.push(entry) - 1;
            tool.noteCount++;
            tool.total += mentionsInRows(summary, tools[k + 1], tools[k + 2]);
            tool.stamp = stamp;
            tool.titlesStamp = stamp;
            tool.changedAt = stamp;
        }
        if (this.referencesByKey)
            addReferences(this.referencesByKey, note);
        // The keys this change touched (touchedKeys), made along the way.
        touched?.add('link:' + uri);
        touched?.add(keyOf((0, text_1.fileTitle)(uri)));
        const filer = new NoteFiler(uri, stamp, touched, this.eventsByName, this.talksByTitle, this.speakerEntries);
        if (isOutlined(note))
            note.outline(filer);
        else {
            for (const event of note.events) {
                filer.event(event.id, event.name);
                for (const talk of event.talks) {
                    filer.talk(talk.id, talk.title);
                    for (const sp of talk.speakers)
                        filer.speaker(sp.name, sp.org);
                }
            }
        }
        const odd = filer.odd;
        const talkCount = filer.talkCount;
        entry.talkCount = talkCount;
        if (odd) {
            const own = ownTalks(entry);
            for (const e of entry.eventEntries)
                if (!isLocalId(e.event.id, uri))
                    this.oddEvents.set(e.event.id, e);
            for (const t of own)
                if (!isLocalId(t.talk.id, uri))
                    this.oddTalks.set(t.talk.id, t);
        }
        if (oldEntry && stampsBefore)
            this.keepStamps(oldEntry, entry, stampsBefore);
        this.talkTotal += talkCount;
        if (!existed)
            this.membership++;
        this.version++;
        if (touched)
            this.record(touched);
        return note;
    }
    /** The stamps and titles stamps of a note entry's tools, two per tool of its `tools`. */
    stampsOf(entry) {
        const out = [];
        for (let k = 0; k < entry.tools.length; k += TOOL_FIELDS) {
            const tool = this.toolsByNumber[entry.tools[k]];
            out.push(tool.stamp, tool.titlesStamp);
        }
        return out;
    }
    /**
     * Gives back their stamps from before a note's change (`before`, see stampsOf) to the tools the
     * note says the same of (compareRows, sameMentions): an edit of a long note naming sixty tools
     * made every one's card and definition again, when a few had changed.
     */
    keepStamps(old, now, before) {
        const candidates = [];
        const oldTools = old.tools;
        const nowTools = now.tools;
        for (let k = 0; k < oldTools.length; k += TOOL_FIELDS) {
            const n = oldTools[k];
            let at = -1;
            let runs = 0;
            for (let j = 0; j < nowTools.length; j += TOOL_FIELDS)
                if (nowTools[j] === n)
                    (at = j), runs++;
            for (let j = 0; j < oldTools.length; j += TOOL_FIELDS)
                if (oldTools[j] === n)
                    runs++;
            // A tool in one run of rows in each (always so; anything else counts as a change).
            if (runs !== 2)
                continue;
            const same = compareRows(old, this.talksOf(old), now, this.talksOf(now), oldTools[k + 1], oldTools[k + 2], nowTools[at + 1], nowTools[at + 2]);
            if (same !== 0 /* Sameness.None */)
                candidates.push(k, at, same);
        }
        if (!candidates.length)
            return;
        const a = old.note.mentions;
        const b = now.note.mentions;
        const aByTool = mentionsByTool(a);
        const bByTool = mentionsByTool(b);
        // Per string index of a talk: its row's place among the tool's rows (written for each tool's rows before they are read).
        const aRow = new Int32Array(a.strings.length);
        const bRow = new Int32Array(b.strings.length);
        for (let c = 0; c < candidates.length; c += 3) {
            const k = candidates[c];
            const j = candidates[c + 1];
            for (let r = oldTools[k + 1], i = 0; r < oldTools[k + 2]; r += mentions_1.SUMMARY_FIELDS, i++)
                if (a.summary[r + 1] >= 0)
                    aRow[a.summary[r + 1]] = i;
            for (let r = nowTools[j + 1], i = 0; r < nowTools[j + 2]; r += mentions_1.SUMMARY_FIELDS, i++)
                if (b.summary[r + 1] >= 0)
                    bRow[b.summary[r + 1]] = i;
            if (!sameMentions(a, aByTool, aRow, a.summary[oldTools[k + 1]], b, bByTool, bRow, b.summary[nowTools[j + 1]]))
                continue;
            const tool = this.toolsByNumber[oldTools[k]];
            tool.stamp = before[(k / TOOL_FIELDS) * 2];
            if (candidates[c + 2] === 2 /* Sameness.All */)
                tool.titlesStamp = before[(k / TOOL_FIELDS) * 2 + 1];
        }
    }
    /** A note's tools (NoteEntry.tools): one per run of rows of one tool (the summary groups them by tool), their slots to be filled. */
    toolRows(strings, summary, ownIds) {
        let runs = 0;
        for (let r = 0; r < summary.length; r += mentions_1.SUMMARY_FIELDS)
            if (r === 0 || summary[r] !== summary[r - mentions_1.SUMMARY_FIELDS])
                runs++;
        const out = new Int32Array(runs * TOOL_FIELDS);
        let k = -TOOL_FIELDS;
        for (let r = 0; r < summary.length; r += mentions_1.SUMMARY_FIELDS) {
            if (r === 0 || summary[r] !== summary[r - mentions_1.SUMMARY_FIELDS]) {
                k += TOOL_FIELDS;
                const toolId = strings[summary[r]];
                let n = this.toolNumbers.get(toolId);
                if (n === undefined)
                    n = this.newTool(toolId);
                if (ownIds)
                    strings[summary[r]] = this.toolIds[n];
                out[k] = n;
                out[k + 1] = r;
            }
            out[k + 2] = r + mentions_1.SUMMARY_FIELDS;
        }
        return out;
    }
    /**
     * A note entry's talk entries by string index, for the talks its summary rows name: its own
     * talks by id (the extractor gives a mention only a talk of its note), else, while the entry is
     * the index's, any talk with that id. Made on first use and kept (by the questions an edit
     * asks again of the notes it changed; a pass over many notes makes them with talksFound).
     */
    talksOf(entry) {
        return (entry.talks ??= this.talksFound(entry));
    }
    /** A note entry's talk entries by string index (talksOf), made now and not kept. */
    talksFound(entry) {
        const { strings, summary } = entry.note.mentions;
        const talks = new Array(strings.length).fill(undefined);
        const own = ownTalks(entry);
        let byId;
        if (own.length > 8) {
            byId = new Map();
            // The first talk of an id, as a search in order finds it.
            for (let i = own.length - 1; i >= 0; i--)
                byId.set(own[i].talk.id, own[i]);
        }
        const current = this.notesByUri.get(entry.note.uri) === entry;
        for (let r = 0; r < summary.length; r += mentions_1.SUMMARY_FIELDS) {
            const talk = summary[r + 1];
            if (talk < 0 || talks[talk] !== undefined)
                continue;
            const id = strings[talk];
            let found = byId?.get(id);
            if (!byId) {
                for (const t of own) {
                    if (t.talk.id === id) {
                        found = t;
                        break;
                    }
                }
            }
            talks[talk] = found ?? (current ? this.talk(id) : undefined);
        }
        return talks;
    }
    /**
     * Calls `fn` for each note mentioning a tool, with the tool's string index in the note's table
     * and the span of its summary rows [from, to) (offsets in the summary array; a note keeps a
     * tool's rows together, so nearly always one call per note).
     */
    forEachToolNote(toolId, fn) {
        const notes = this.tools.get(toolId)?.notes;
        const n = this.toolNumbers.get(toolId);
        if (!notes || n === undefined)
            return;
        for (const entry of notes) {
            if (!entry)
                continue;
            const t = entry.tools;
            const summary = entry.note.mentions.summary;
            // Not kept (see allToolStatsSteps): a definition reads every note of its tool once.
            for (let k = 0; k < t.length; k += TOOL_FIELDS)
                if (t[k] === n)
                    fn(entry.note, summary[t[k + 1]], t[k + 1], t[k + 2], entry.talks ?? this.talksFound(entry));
        }
    }
    remove(uri) {
        const touched = this.touchedKeys(this.notesByUri.get(uri)?.note);
        if (!this.removeEntries(uri))
            return false;
        this.membership++;
        this.version++;
        this.record(touched);
        return true;
    }
    /** The keys a note's references to it would be found under (see referenceKeys), added to `into`. */
    touchedKeys(note, into = new Set()) {
        if (!note)
            return into;
        into.add('link:' + note.uri);
        into.add(keyOf((0, text_1.fileTitle)(note.uri)));
        for (const e of note.events) {
            into.add(keyOf(e.name));
            for (const t of e.talks) {
                into.add(keyOf(t.title));
                for (const sp of t.speakers)
                    into.add(keyOf(sp.name));
            }
        }
        return into;
    }
    record(keys) {
        this.journal.push({ version: this.version, keys: [...keys] });
        if (this.journal.length > 4096)
            this.journal = this.journal.slice(2048);
    }
    /**
     * The keys touched by every change after `version`, or null when that is not known any more
     * (a catalog change, or too long ago): then everything may have changed.
     */
    touchedSince(version) {
        if (version === this.version)
            return new Set();
        const j = this.journal;
        // Every version after `version` must be in the journal (setCatalog bumps the version without an entry).
        let i = j.length;
        while (i > 0 && j[i - 1].version > version)
            i--;
        if (j.length - i !== this.version - version)
            return null;
        const out = new Set();
        for (; i < j.length; i++)
            for (const k of j[i].keys)
                out.add(k);
        return out;
    }
    /** Numbers a tool seen for the first time and makes what the index keeps about it. */
    newTool(toolId) {
        const n = this.toolNumbers.size;
        this.toolNumbers.set(toolId, n);
        const tool = { notes: [], noteCount: 0, total: 0, stamp: 0, titlesStamp: 0, changedAt: 0, memo: undefined };
        this.tools.set(toolId, tool);
        this.toolsByNumber[n] = tool;
        this.toolIds[n] = toolId;
        return n;
    }
    /** Puts a table's strings but its tool ids and talk ids through the pool of strings. */
    internTexts(strings, summary) {
        const skip = new Uint8Array(strings.length);
        for (let r = 0; r < summary.length; r += mentions_1.SUMMARY_FIELDS) {
            skip[summary[r]] = 1;
            if (summary[r + 1] >= 0)
                skip[summary[r + 1]] = 1;
        }
        for (let i = 0; i < strings.length; i++)
            if (!skip[i])
                strings[i] = this.intern(strings[i]);
    }
    /** Closes the holes in a tool's notes (numbered `n`), telling each entry its new slot. */
    compactNotes(n, tool) {
        const notes = [];
        for (const entry of tool.notes) {
            if (!entry)
                continue;
            for (let k = 0; k < entry.tools.length; k += TOOL_FIELDS)
                if (entry.tools[k] === n)
                    entry.tools[k + 3] = notes.length;
            notes.push(entry);
        }
        tool.notes = notes;
    }
    removeEntries(uri) {
        const oldEntry = this.notesByUri.get(uri);
        const old = oldEntry?.note;
        if (!oldEntry || !old)
            return false;
        this.notesByUri.delete(uri);
        const { summary } = old.mentions;
        const tools = oldEntry.tools;
        for (let k = 0; k < tools.length; k += TOOL_FIELDS) {
            const tool = this.toolsByNumber[tools[k]];
            const mentions = mentionsInRows(summary, tools[k + 1], tools[k + 2]);
            noteChangedFor(tool, uri, oldEntry);
            tool.stamp = this.version + 1;
            tool.titlesStamp = this.version + 1;
            tool.changedAt = this.version + 1;
            tool.notes[tools[k + 3]] = undefined;
            tool.noteCount--;
            if (tool.notes.length > 2 * tool.noteCount + 16)
                this.compactNotes(tools[k], tool);
            if (!tool.noteCount)
                tool.memo = undefined;
            const total = tool.total - mentions;
            tool.total = total > 0 && tool.noteCount ? total : 0;
        }
        if (this.referencesByKey)
            for (const key of referenceKeys(old))
                removeReference(this.referencesByKey, key, uri);
        this.talkTotal -= oldEntry.talkCount;
        for (const event of old.events) {
            if (!isLocalId(event.id, uri))
                this.oddEvents.delete(event.id);
            removeFrom(this.eventsByName, keyOf(event.name), event.id);
            for (const talk of event.talks) {
                if (!isLocalId(talk.id, uri))
                    this.oddTalks.delete(talk.id);
                removeFrom(this.talksByTitle, keyOf(talk.title), talk.id);
                for (const sp of talk.speakers) {
                    const key = speakerKey(sp.name);
                    const speaker = this.speakerEntries.get(key);
                    if (!speaker)
                        continue;
                    speaker.stamp = this.version + 1;
                    // The note's own entries (a run, as put() added them), names and organisations with them.
                    removeNoteOf(speaker, uri);
                    if (!speaker.talkIds.length)
                        this.speakerEntries.delete(key);
                }
            }
        }
        return true;
    }
    strings = new Map();
    intern = (s) => {
        const known = this.strings.get(s);
        if (known !== undefined)
            return known;
        // A pool, not a registry: forgetting it only costs memory sharing, never correctness.
        if (this.strings.size > 200_000)
            this.strings.clear();
        this.strings.set(s, s);
        return s;
    };
    /** Replaces the catalog; the caller re-feeds the notes (the index keeps no texts). */
    setCatalog(catalog) {
        this.catalog = catalog;
        this.version++;
    }
    note(uri) {
        return this.notesByUri.get(uri)?.note;
    }
    notes() {
        const out = [];
        for (const e of this.notesByUri.values())
            out.push(e.note);
        return out;
    }
    get size() {
        return this.notesByUri.size;
    }
    /** Counts without building lists (the server reports them after every batch while indexing). */
    get talkCount() {
        return this.talkTotal;
    }
    get speakerCount() {
        return this.speakerEntries.size;
    }
    events() {
        const out = [];
        for (const e of this.notesByUri.values()) {
            ownTalks(e);
            for (const ev of e.eventEntries)
                out.push(ev);
        }
        return out;
    }
    event(id) {
        const entry = this.notesByUri.get(id.slice(0, id.lastIndexOf('#')));
        if (entry) {
            ownTalks(entry);
            for (const e of entry.eventEntries)
                if (e.event.id === id)
                    return e;
        }
        return this.oddEvents.get(id);
    }
    talk(id) {
        const entry = this.notesByUri.get(id.slice(0, id.lastIndexOf('#')));
        if (entry)
            for (const t of ownTalks(entry))
                if (t.talk.id === id)
                    return t;
        return this.oddTalks.get(id);
    }
    /** A note's talks, in its order: the index's own entries while it holds the note (do not change the array). */
    talksOfNote(note) {
        const entry = this.notesByUri.get(note.uri);
        if (entry?.note === note)
            return ownTalks(entry);
        const talks = [];
        for (const event of note.events)
            for (const talk of event.talks)
                talks.push({ talk, event, note });
        return talks;
    }
    talks() {
        const out = [];
        for (const e of this.notesByUri.values())
            for (const t of ownTalks(e))
                out.push(t);
        return out;
    }
    talksTitled(title) {
        return [...idsIn(this.talksByTitle.get(keyOf(title)))].map((id) => this.talk(id)).filter(Boolean);
    }
    /** The name keys that some event carries. */
    eventNameKeys() {
        return this.eventsByName.keys();
    }
    /** The events whose name has this key (see nameKeyOf), in the order they were put. */
    eventsWithKey(key) {
        return [...idsIn(this.eventsByName.get(key))].map((id) => this.event(id)).filter(Boolean);
    }
    /** The URIs of the notes whose file is called this (`[[Platform roadmap Q3]]` → `Platform roadmap Q3.md`), by name key. */
    notesCalled(name) {
        if (!this.notesByFileKey || this.notesByFileKey.membership !== this.membership) {
            // URIs, not the notes: a note put again under its URI would have been kept alive here.
            const byKey = new Map();
            for (const uri of this.notesByUri.keys()) {
                const key = keyOf((0, text_1.fileTitle)(uri));
                const list = byKey.get(key);
                if (list)
                    list.push(uri);
                else
                    byKey.set(key, [uri]);
            }
            this.notesByFileKey = { membership: this.membership, byKey };
        }
        return this.notesByFileKey.byKey.get(keyOf(name)) ?? [];
    }
    eventsNamed(name) {
        return [...idsIn(this.eventsByName.get(keyOf(name)))].map((id) => this.event(id)).filter(Boolean);
    }
    /** Every mention of a tool across the workspace, as objects (made now: prefer notesMentioning for big answers). */
    mentionsOf(toolId) {
        const out = [];
        for (const note of this.notesMentioning(toolId))
            for (const i of note.mentions.indexesOf(toolId))
                out.push({ mention: note.mentions.get(i), note });
        return out;
    }
    /** The notes that mention a tool (their tables hold where: `note.mentions.indexesOf(toolId)`). */
    *notesMentioning(toolId) {
        for (const e of this.tools.get(toolId)?.notes ?? [])
            if (e)
                yield e.note;
    }
    /**
     * The version at which what the notes say about the tool last changed, but for its talks'
     * titles (see ToolEntry.stamp): answers about the tool made since then, as text and places,
     * still hold if they show no talk titles (those go by toolTitlesStamp too). Answers that keep
     * the index's objects (talk entries, a note's rows) go by toolChangedAt.
     */
    toolStamp(toolId) {
        return this.tools.get(toolId)?.stamp ?? 0;
    }
    /** The version at which the tool's stamp moved or one of its talks changed id, title or title place (see ToolEntry.titlesStamp). */
    toolTitlesStamp(toolId) {
        return this.tools.get(toolId)?.titlesStamp ?? 0;
    }
    /** The version at which a note mentioning the tool last came, changed or went (the index's objects for it were replaced). */
    toolChangedAt(toolId) {
        return this.tools.get(toolId)?.changedAt ?? 0;
    }
    /** Counts, talks and dates of a tool, from the notes' summaries; made again only after its notes change. */
    toolStats(toolId) {
        const stamp = this.toolChangedAt(toolId);
        const tool = this.tools.get(toolId);
        const known = tool?.memo;
        if (known && known.stamp === stamp)
            return known.stats;
        const stats = newToolStats();
        let dates;
        stats.notes = this.noteCountMentioning(toolId);
        if (known?.changed) {
            // Only the notes that changed since: their old rows out, their rows now in (a much-mentioned
            // tool is in thousands of notes, and every edit naming it asks again).
            // The memo's own map (never handed out), brought forward in place.
            dates = known.dates;
            stats.first = known.stats.first;
            stats.last = known.stats.last;
            let rescan = false;
            const gone = known.changed;
            // The kept talks of the notes' old entries go (the same note objects; usually one, or none for a note new to the tool).
            const oldNotes = [];
            for (const old of gone.values())
                if (old)
                    oldNotes.push(old.note);
            stats.talks = withoutNotes(known.stats.talks, oldNotes);
            stats.titled = withoutNotes(known.stats.titled, oldNotes);
            stats.mentions = known.stats.mentions;
            stats.events = known.stats.events;
            const n = this.toolNumbers.get(toolId);
            for (const [uri, old] of gone) {
                const oldEvents = new Set();
                if (old)
                    this.forToolRows(old, n, (from, to) => (rescan = removeFromStats(stats, oldEvents, dates, old.note, this.talksOf(old), from, to) || rescan));
                const now = this.notesByUri.get(uri);
                if (!now)
                    continue;
                const events = new Set();
                this.forToolRows(now, n, (from, to) => addToStats(stats, events, dates, now.note, this.talksOf(now), from, to));
                stats.events += events.size;
            }
            // A date no event has any more: the first and last are looked for again.
            if (rescan) {
                stats.first = stats.last = null;
                for (const d of dates.keys()) {
                    if (stats.first === null || d < stats.first)
                        stats.first = d;
                    if (stats.last === null || d > stats.last)
                        stats.last = d;
                }
            }
        }
        else {
            dates = new DateCounts();
            const events = new Set();
            this.forEachToolNote(toolId, (note, _tool, from, to, talks) => addToStats(stats, events, dates, note, talks, from, to));
            stats.events = events.size;
        }
        dates.seal();
        if (tool)
            tool.memo = { stamp, stats, dates, changed: new Map() };
        return stats;
    }
    /**
     * Makes the stats of every tool whose kept stats are out of date and cannot be brought forward
     * (after a whole index: all of them), in one pass over the notes instead of one pass per tool
     * over its notes: a note's entry, summary and talks are read once, not once per tool it
     * mentions (toolStats read 200k such entries at 10k notes, mostly missing the cache). Each
     * tool's talks come in the order toolStats gives (a tool's notes are in the order the index got
     * them, as the notes are). Stops, keeping nothing, when the index changes between steps.
     */
    *allToolStatsSteps() {
        const version = this.version;
        const building = [];
        /** Note entries toolStats would read for those tools. */
        let reads = 0;
        for (let n = 0; n < this.toolsByNumber.length; n++) {
            const tool = this.toolsByNumber[n];
            const memo = tool.memo;
            if (!tool.noteCount || (memo && (memo.stamp === tool.changedAt || memo.changed)))
                continue;
            building[n] = { stats: newToolStats(), events: new Set(), dates: new DateCounts() };
            reads += tool.noteCount;
        }
        // A few tools of a few notes (after edits): toolStats reads less.
        if (reads < this.notesByUri.size)
            return;
        let count = 0;
        // Per tool number, the last note (counted from 1) it was seen in: a note whose tools are all different (every note the extractor makes) needs no count of runs.
        const seenIn = new Int32Array(this.toolsByNumber.length);
        for (const entry of this.notesByUri.values()) {
            const t = entry.tools;
            let talks;
            let distinct = true;
            for (let k = 0; k < t.length; k += TOOL_FIELDS) {
                if (seenIn[t[k]] === count + 1)
                    distinct = false;
                seenIn[t[k]] = count + 1;
            }
            for (let k = 0; k < t.length; k += TOOL_FIELDS) {
                const b = building[t[k]];
                if (!b)
                    continue;
                // Not kept: an array per note as long as its string table (3 MB at 10k notes) that only edits' stats read again.
                talks ??= entry.talks ?? this.talksFound(entry);
                if (distinct) {
                    addToStats(b.stats, b.events, b.dates, entry.note, talks, t[k + 1], t[k + 2]);
                    continue;
                }
                let runs = 0;
                let first = true;
                for (let j = 0; j < t.length; j += TOOL_FIELDS) {
                    if (t[j] !== t[k])
                        continue;
                    if (j < k)
                        first = false;
                    runs++;
                }
                // A tool in two runs of rows (never so) is in its `notes` once per run, and toolStats reads every run each time.
                if (!first)
                    continue;
                for (let r = 0; r < runs; r++)
                    for (let j = k; j < t.length; j += TOOL_FIELDS)
                        if (t[j] === t[k])
                            addToStats(b.stats, b.events, b.dates, entry.note, talks, t[j + 1], t[j + 2]);
            }
            if (++count % 64 === 0) {
                yield;
                if (this.version !== version)
                    return;
            }
        }
        for (let n = 0; n < building.length; n++) {
            const b = building[n];
            if (!b)
                continue;
            const tool = this.toolsByNumber[n];
            b.stats.notes = tool.noteCount;
            b.stats.events = b.events.size;
            b.dates.seal();
            // Kept for good: of their exact lengths (an array grown by push keeps room for more).
            b.stats.talks = b.stats.talks.slice();
            b.stats.titled = b.stats.titled.slice();
            tool.notes = tool.notes.slice();
            tool.memo = { stamp: tool.changedAt, stats: b.stats, dates: b.dates, changed: new Map() };
        }
    }
    /** Calls `fn` with each span of a note entry's summary rows of the tool numbered `n`. */
    forToolRows(entry, n, fn) {
        const t = entry.tools;
        for (let k = 0; k < t.length; k += TOOL_FIELDS)
            if (t[k] === n)
                fn(t[k + 1], t[k + 2]);
    }
    /** How many notes mention a tool. */
    noteCountMentioning(toolId) {
        return this.tools.get(toolId)?.noteCount ?? 0;
    }
    /** How many times the workspace mentions a tool. */
    mentionCount(toolId) {
        return this.tools.get(toolId)?.total ?? 0;
    }
    /** A tool's share of each note that mentions it, from the notes' summaries (no mention is read). */
    *toolInNotes(toolId) {
        for (const e of this.tools.get(toolId)?.notes ?? []) {
            if (!e)
                continue;
            const note = e.note;
            const { summary, strings } = note.mentions;
            const entry = { note, count: 0, talks: [] };
            for (let r = 0; r < summary.length; r += mentions_1.SUMMARY_FIELDS) {
                if (strings[summary[r]] !== toolId)
                    continue;
                const talk = summary[r + 1];
                entry.count += summary[r + 2];
                entry.talks.push({ talkId: talk < 0 ? null : strings[talk], count: summary[r + 2], onTitle: summary[r + 3] });
            }
            yield entry;
        }
    }
    /** Tools mentioned anywhere, with how often. */
    mentionedTools() {
        const out = [];
        for (const [toolId, tool] of this.tools)
            if (tool.noteCount)
                out.push({ toolId, count: tool.total, notes: tool.noteCount });
        return out.sort((a, b) => b.count - a.count || a.toolId.localeCompare(b.toolId));
    }
    /** Talks that mention a tool. */
    talksMentioning(toolId) {
        return this.toolStats(toolId).talks.slice();
    }
    /** Notes holding a reference with this key (see referenceKeys): the candidates for what refers to a talk, an event or a note. */
    notesReferring(key) {
        if (!this.referencesByKey) {
            // Made here in one go: nothing changes the index between its steps.
            const steps = this.referenceMapSteps();
            while (!steps.next().done)
                ;
        }
        const notes = this.referencesByKey.get(key);
        return notes === undefined ? [] : Array.isArray(notes) ? notes : [notes];
    }
    /**
     * Makes what notesReferring reads, ahead of the first question that needs it, a few notes a
     * step: the first references on a talk after a start waited for it (about 0.1 s at 10k notes,
     * 1.4 s at 100k). Once made, put() and remove() keep it. Gives up, keeping nothing, when the
     * index changes between steps (the server asks again after the change).
     */
    *referenceMapSteps() {
        if (this.referencesByKey)
            return;
        const version = this.version;
        const map = new Map();
        let count = 0;
        for (const entry of this.notesByUri.values()) {
            addReferences(map, entry.note);
            if (++count % REFERENCE_MAP_STEP === 0) {
                yield;
                if (this.referencesByKey || this.version !== version)
                    return;
            }
        }
        this.referencesByKey = map;
    }
    /** Whether notesReferring has what it reads (referenceMapSteps). */
    get referencesMapped() {
        return this.referencesByKey !== null;
    }
    /** The version at which a speaker's talks last changed (0 for one not in the index). */
    speakerStamp(key) {
        return this.speakerEntries.get(key)?.stamp ?? 0;
    }
    speakers() {
        return [...this.speakerEntries.keys()].map((key) => this.speaker(key)).filter(Boolean);
    }
    speakerKeys() {
        return this.speakerEntries.keys();
    }
    speaker(key) {
        const speaker = this.speakerEntries.get(key);
        if (!speaker)
            return undefined;
        const talks = speaker.talkIds.map((id) => this.talk(id)).filter(Boolean);
        const orgs = [...new Set(speaker.orgs.filter((o) => !!o))];
        const name = mostCommon(speaker.names) ?? key;
        return { key, name, orgs, talks };
    }
}
exports.WorkspaceIndex = WorkspaceIndex;
/** Notes a step of referenceMapSteps: about 0.3 ms at 10k notes (a request waits for the step it comes during). */
const REFERENCE_MAP_STEP = 32;
/** The mentions counted by a note's summary rows [from, to) (one tool's run of rows). */
function mentionsInRows(summary, from, to) {
    let mentions = 0;
    for (let r = from; r < to; r += mentions_1.SUMMARY_FIELDS)
        mentions += summary[r + 2];
    return mentions;
}
function newToolStats() {
    return { mentions: 0, notes: 0, talks: [], titled: [], events: 0, first: null, last: null };
}
/**
 * Adds one note's summary rows [from, to) of a tool to its stats; `events` by object (an event's
 * id is unique to it, and identity is cheaper to hash), each new one's date counted in `dates`.
 */
function addToStats(stats, events, dates, note, talks, from, to) {
    const { summary } = note.mentions;
    // The event of the row before, counted already (a note's rows are mostly of one event).
    let last;
    for (let r = from; r < to; r += mentions_1.SUMMARY_FIELDS) {
        stats.mentions += summary[r + 2];
        const t = summary[r + 1] >= 0 ? talks[summary[r + 1]] : undefined;
        if (t) {
            stats.talks.push(t);
            if (summary[r + 3])
                stats.titled.push(t);
        }
        const ev = t?.event ?? note.events[0];
        if (!ev || ev === last)
            continue;
        last = ev;
        if (events.has(ev))
            continue;
        events.add(ev);
        const d = ev.date;
        if (!d)
            continue;
        dates.add(d);
        if (stats.first === null || d < stats.first)
            stats.first = d;
        if (stats.last === null || d > stats.last)
            stats.last = d;
    }
}
/**
 * The dates of a tool's events, each with how many events have it, in two arrays: kept with every
 * tool's stats, a Map per tool held 4 MB at 10k notes. A Map finds a date's place while the stats
 * are made (sealed then); bringing kept stats forward looks a date up in the array.
 */
class DateCounts {
    dates = [];
    counts = [];
    places = new Map();
    add(date) {
        const at = this.placeOf(date);
        if (at >= 0)
            this.counts[at]++;
        else {
            this.places?.set(date, this.dates.length);
            this.dates.push(date);
            this.counts.push(1);
        }
    }
    /** Takes one event of the date out; true when none is left with it (or none had it). */
    remove(date) {
        const at = this.placeOf(date);
        if (at < 0)
            return true;
        if (--this.counts[at] > 0)
            return false;
        // The last date takes its place.
        const last = this.dates.length - 1;
        const moved = this.dates[last];
        this.dates[at] = moved;
        this.counts[at] = this.counts[last];
        this.dates.pop();
        this.counts.pop();
        if (this.places) {
            this.places.delete(date);
            if (at !== last)
                this.places.set(moved, at);
        }
        return true;
    }
    keys() {
        return this.dates;
    }
    /** Done adding a whole tool's dates: the map of places goes. */
    seal() {
        if (!this.places)
            return;
        this.places = null;
        // Of their exact lengths (arrays grown by push keep room for more).
        this.dates = this.dates.slice();
        this.counts = this.counts.slice();
    }
    placeOf(date) {
        return this.places ? this.places.get(date) ?? -1 : this.dates.indexOf(date);
    }
}
/** Talk entries not in these notes, in their order (a copy: stats already handed out never change). */
function withoutNotes(talks, notes) {
    if (!notes.length)
        return talks.slice();
    if (notes.length === 1) {
        const note = notes[0];
        return talks.filter((t) => t.note !== note);
    }
    const set = new Set(notes);
    return talks.filter((t) => !set.has(t.note));
}
/**
 * Takes out what addToStats added for a note's rows (its talks are filtered out by the caller; an
 * event belongs to one note). True when a date is left with no event (first and last may move).
 */
function removeFromStats(stats, events, dates, note, talks, from, to) {
    const { summary } = note.mentions;
    let gone = false;
    for (let r = from; r < to; r += mentions_1.SUMMARY_FIELDS) {
        stats.mentions -= summary[r + 2];
        const t = summary[r + 1] >= 0 ? talks[summary[r + 1]] : undefined;
        const ev = t?.event ?? note.events[0];
        if (!ev || events.has(ev))
            continue;
        events.add(ev);
        stats.events--;
        if (ev.date && dates.remove(ev.date))
            gone = true;
    }
    return gone;
}
function referenceKeys(note) {
    const keys = new Set();
    for (const ref of note.references) {
        if (ref.kind === 'link') {
            const target = linkTargetUri(note.uri, ref.target.path);
            if (target)
                keys.add('link:' + target);
            continue;
        }
        keys.add(keyOf(ref.target.talk ?? ''));
        keys.add(keyOf(ref.text));
        // `[[Event#Talk]]` also depends on which events carry the name.
        if (ref.target.event !== undefined)
            keys.add(keyOf(ref.target.event));
    }
    return keys;
}
/** The URI a link's path points at, from the note's URI (no fragment, no query); null when it is not a file URI. */
function linkTargetUri(noteUri, path) {
    if (!path)
        return noteUri;
    const plain = plainLinkTarget(noteUri, path);
    if (plain !== null)
        return plain;
    let url;
    try {
        url = new URL(encodePathChars(path), noteUri);
    }
    catch {
        return null;
    }
    if (url.protocol !== 'file:')
        return null;
    url.hash = '';
    url.search = '';
    return url.href;
}
/** Characters a path keeps as they are in a URL, none of them syntax (no `%`: `%2e` is a dot to URL). */
const PLAIN_PATH = /^[A-Za-z0-9._~-][A-Za-z0-9._~/-]*$/;
/** A file URI whose path URL would keep as it is: those characters (and `%`, `:`, `@`, …), no host. */
const PLAIN_FILE_URI = /^file:\/\/\/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*$/;
/** A segment URL reads as `.` or `..`. */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:\/|$)/i;
/** A Windows drive letter, which `..` never takes off a file URI's path. */
const DRIVE = /^[A-Za-z]:$/;
/**
 * What `new URL(path, noteUri)` gives, without URL, for a relative path of plain characters from a
 * plain file URI (as the server makes them); null for anything else, which takes URL. Parsing a
 * URL per link was a third of making the map of references at 10k notes.
 */
function plainLinkTarget(noteUri, path) {
    if (!PLAIN_PATH.test(path) || !PLAIN_FILE_URI.test(noteUri) || DOT_SEGMENT.test(noteUri))
        return null;
    const dirEnd = noteUri.lastIndexOf('/');
    // A note at the root takes URL (Node's own leaves some dot segments there).
    if (dirEnd <= 8)
        return null;
    const segments = noteUri.slice(8, dirEnd).split('/');
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const last = i === parts.length - 1;
        if (part === '..') {
            if (segments.length && !(segments.length === 1 && DRIVE.test(segments[0])))
                segments.pop();
            if (last)
                segments.push('');
        }
        else if (part === '.') {
            if (last)
                segments.push('');
        }
        else
            segments.push(part);
    }
    return 'file:///' + segments.join('/');
}
/** Escapes what the URL parser would read as syntax, as Node's pathToFileURL does, so URIs compare equal. */
function encodePathChars(path) {
    return path.replace(/[%\\\n\r\t#?]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
function speakerKey(name) {
    return keyOf(name);
}
/** nameKey, remembered (for the features that compute it for every event or talk). */
function nameKeyOf(s) {
    return keyOf(s);
}
/**
 * nameKey, remembered: putting a note computes it for every event, talk, speaker and reference,
 * and the same names come back in note after note (and whenever a note is put again).
 */
const keys = new Map();
function keyOf(s) {
    let k = keys.get(s);
    if (k === undefined) {
        if (keys.size >= 100_000)
            keys.clear();
        keys.set(s, (k = (0, text_1.nameKey)(s)));
    }
    return k;
}
function addTo(map, key, value) {
    if (!key)
        return;
    const ids = map.get(key);
    if (ids === undefined)
        map.set(key, value);
    else if (typeof ids !== 'string')
        ids.add(value);
    else if (ids !== value)
        map.set(key, new Set([ids, value]));
}
function removeFrom(map, key, value) {
    const ids = map.get(key);
    if (ids === undefined)
        return;
    if (typeof ids === 'string') {
        if (ids === value)
            map.delete(key);
        return;
    }
    ids.delete(value);
    if (!ids.size)
        map.delete(key);
}
function idsIn(ids) {
    return ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids;
}
/** Takes a note's talks out of a speaker's record. */
function removeNoteOf(speaker, uri) {
    const at = speaker.uris.indexOf(uri);
    if (at < 0)
        return;
    let end = at;
    while (end < speaker.uris.length && speaker.uris[end] === uri)
        end++;
    speaker.uris.splice(at, end - at);
    speaker.talkIds.splice(at, end - at);
    speaker.names.splice(at, end - at);
    speaker.orgs.splice(at, end - at);
}
/**
 * Files one note's events, talks and speakers under their name keys (put()), from its objects or
 * its outline; counts its talks and tells whether an id is not of the note's own shape.
 */
class NoteFiler {
    uri;
    stamp;
    touched;
    eventsByName;
    talksByTitle;
    speakers;
    odd = false;
    talkCount = 0;
    talkId = '';
    constructor(uri, stamp, touched, eventsByName, talksByTitle, speakers) {
        this.uri = uri;
        this.stamp = stamp;
        this.touched = touched;
        this.eventsByName = eventsByName;
        this.talksByTitle = talksByTitle;
        this.speakers = speakers;
    }
    event(id, name, key = keyOf(name)) {
        if (!isLocalId(id, this.uri))
            this.odd = true;
        this.touched?.add(key);
        addTo(this.eventsByName, key, id);
    }
    talk(id, title, key = keyOf(title)) {
        if (!isLocalId(id, this.uri))
            this.odd = true;
        this.talkCount++;
        this.talkId = id;
        this.touched?.add(key);
        addTo(this.talksByTitle, key, id);
    }
    speaker(name, org, key = speakerKey(name)) {
        // `[[Jane Doe]]` resolves to a speaker's name (see touchedKeys).
        this.touched?.add(keyOf(name));
        let speaker = this.speakers.get(key);
        if (!speaker)
            this.speakers.set(key, (speaker = { talkIds: [], uris: [], names: [], orgs: [], stamp: this.stamp }));
        speaker.talkIds.push(this.talkId);
        speaker.uris.push(this.uri);
        speaker.names.push(name);
        speaker.orgs.push(org);
        speaker.stamp = this.stamp;
    }
}
/** A note entry's talk entries (and its event entries), made the first time they are asked for. */
function ownTalks(entry) {
    if (entry.talkEntries)
        return entry.talkEntries;
    const note = entry.note;
    const noteEvents = note.events;
    // Of their exact lengths (put() counted the talks): an array grown by push keeps room for 16.
    let talkCount = 0;
    for (const event of noteEvents)
        talkCount += event.talks.length;
    const talks = new Array(talkCount);
    const events = new Array(noteEvents.length);
    let t = 0;
    for (let e = 0; e < noteEvents.length; e++) {
        const event = noteEvents[e];
        events[e] = { event, note };
        for (const talk of event.talks)
            talks[t++] = { talk, event, note };
    }
    entry.eventEntries = events;
    entry.talkEntries = talks;
    return talks;
}
/** Whether an id is its note's URI, '#' and a part without '#' (as the extractor makes them): then talk() and event() find it through the note. */
function isLocalId(id, uri) {
    return id.length > uri.length && id.charCodeAt(uri.length) === 35 && id.startsWith(uri) && id.indexOf('#', uri.length + 1) < 0;
}
/**
 * The keys under which a note's references are found: a wiki or timetable reference under the
 * name keys of its talk part, its event part and its whole text; a link under the URI of the note it points at
 * (`link:` + URI). Resolution still decides; the keys only say which notes to look at.
 */
function addReferences(map, note) {
    // A note comes under a key once: its keys are a set, and put() takes a note's old entries out
    // before it adds the new ones (looking for its URI first made a key of n notes cost n² to fill).
    for (const key of referenceKeys(note)) {
        const notes = map.get(key);
        if (notes === undefined)
            map.set(key, note);
        else if (!Array.isArray(notes))
            map.set(key, [notes, note]);
        else
            notes.push(note);
    }
}
/** Takes the note of `uri` out of the notes under `key`. */
function removeReference(map, key, uri) {
    const notes = map.get(key);
    if (notes === undefined)
        return;
    if (!Array.isArray(notes)) {
        if (notes.uri === uri)
            map.delete(key);
        return;
    }
    const at = notes.findIndex((n) => n.uri === uri);
    if (at < 0)
        return;
    notes.splice(at, 1);
    if (notes.length === 1)
        map.set(key, notes[0]);
}
/** Notes a tool's kept stats must be brought forward for: the first change since they were made keeps the entry they counted. */
function noteChangedFor(tool, uri, entry) {
    const memo = tool.memo;
    if (!memo?.changed || memo.changed.has(uri))
        return;
    // Many changes (or old entries kept alive): made anew instead.
    if (memo.changed.size >= 16)
        memo.changed = null;
    else
        memo.changed.set(uri, entry);
}
function mostCommon(values) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    let best;
    let n = 0;
    for (const [v, c] of counts)
        if (c > n)
            (best = v), (n = c);
    return best;
}
/**
 * What a tool's summary rows [from, to) in a note's old entry and [nowFrom, nowTo) in its new one
 * share: row by row, the counts, whether the row has a talk, the talk's event (its place in the
 * note, id, name, dates, place; the note's first event for mentions outside talks), and for a talk
 * naming the tool on its title line its title place; beyond that (All), every talk's id, title and
 * title place. Which talk each mention is in is compared by row (sameMentions).
 */
function compareRows(old, oldTalks, now, nowTalks, from, to, nowFrom, nowTo) {
    if (to - from !== nowTo - nowFrom)
        return 0 /* Sameness.None */;
    const a = old.note.mentions.summary;
    const b = now.note.mentions.summary;
    let same = 2 /* Sameness.All */;
    for (let r = from, q = nowFrom; r < to; r += mentions_1.SUMMARY_FIELDS, q += mentions_1.SUMMARY_FIELDS) {
        const titled = a[r + 3];
        if (a[r + 2] !== b[q + 2] || titled !== b[q + 3])
            return 0 /* Sameness.None */;
        const talk = a[r + 1];
        const talkNow = b[q + 1];
        if ((talk < 0) !== (talkNow < 0))
            return 0 /* Sameness.None */;
        const t = talk < 0 ? undefined : oldTalks[talk];
        const u = talkNow < 0 ? undefined : nowTalks[talkNow];
        if (!t || !u) {
            // Counted in the note's first event (addToStats).
            if (t !== u || !sameEvent(old.note.events[0], now.note.events[0]))
                return 0 /* Sameness.None */;
            continue;
        }
        if (!sameEvent(t.event, u.event) || t.note.events.indexOf(t.event) !== u.note.events.indexOf(u.event))
            return 0 /* Sameness.None */;
        const sameTitle = t.talk.id === u.talk.id && t.talk.title === u.talk.title && sameRange(t.talk.titleRange, u.talk.titleRange);
        if (sameTitle)
            continue;
        if (titled && !sameRange(t.talk.titleRange, u.talk.titleRange))
            return 0 /* Sameness.None */;
        same = 1 /* Sameness.AllButTitles */;
    }
    return same;
}
function sameEvent(a, b) {
    if (!a || !b)
        return a === b;
    return a.id === b.id && a.name === b.name && a.date === b.date && a.endDate === b.endDate && a.location === b.location;
}
function sameRange(a, b) {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
function mentionsByTool(table) {
    const d = table.data;
    const starts = new Int32Array(table.strings.length + 1);
    for (let o = 0; o < d.length; o += mentions_1.MENTION_FIELDS)
        starts[d[o + mentions_1.MENTION_TOOL] + 1]++;
    for (let s = 0; s < table.strings.length; s++)
        starts[s + 1] += starts[s];
    const next = starts.slice(0, table.strings.length);
    const order = new Int32Array(d.length / mentions_1.MENTION_FIELDS);
    for (let o = 0; o < d.length; o += mentions_1.MENTION_FIELDS)
        order[next[d[o + mentions_1.MENTION_TOOL]]++] = o;
    return { order, starts };
}
/**
 * Whether one tool's mentions (its string index in each table) are the same in two tables: in
 * order, the same places and texts, each in the talk of the same row (`aRow`, `bRow`: a talk's
 * place among the tool's rows, by string index) or in none.
 */
function sameMentions(a, aByTool, aRow, tool, b, bByTool, bRow, toolNow) {
    const from = aByTool.starts[tool];
    const n = aByTool.starts[tool + 1] - from;
    const fromNow = bByTool.starts[toolNow];
    if (bByTool.starts[toolNow + 1] - fromNow !== n)
        return false;
    const x = a.data;
    const y = b.data;
    for (let i = 0; i < n; i++) {
        const o = aByTool.order[from + i];
        const p = bByTool.order[fromNow + i];
        // Places first: most often what an edit moves.
        for (let f = mentions_1.MENTION_START_LINE; f <= mentions_1.MENTION_END_CHARACTER; f++)
            if (x[o + f] !== y[p + f])
                return false;
        if (a.strings[x[o + mentions_1.MENTION_TEXT]] !== b.strings[y[p + mentions_1.MENTION_TEXT]])
            return false;
        const talk = x[o + mentions_1.MENTION_TALK];
        const talkNow = y[p + mentions_1.MENTION_TALK];
        if (talk < 0 || talkNow < 0 ? talk !== talkNow : aRow[talk] !== bRow[talkNow])
            return false;
    }
    return true;
}
//# sourceMappingURL=workspace-index.js.map