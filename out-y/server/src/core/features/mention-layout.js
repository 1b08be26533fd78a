"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EC = exports.EL = exports.SC = exports.SL = exports.TALK = exports.TOOL = exports.MENTION_FIELDS = void 0;
exports.pushMentionsOfTalks = pushMentionsOfTalks;
const mentions_1 = require("../mentions");
Object.defineProperty(exports, "MENTION_FIELDS", { enumerable: true, get: function () { return mentions_1.MENTION_FIELDS; } });
exports.TOOL = mentions_1.MENTION_TOOL;
exports.TALK = mentions_1.MENTION_TALK;
exports.SL = mentions_1.MENTION_START_LINE;
exports.SC = mentions_1.MENTION_START_CHARACTER;
exports.EL = mentions_1.MENTION_END_LINE;
exports.EC = mentions_1.MENTION_END_CHARACTER;
/** Pushes the location of each mention of a tool (its string index) whose talk (string index, -1: none) is in `talks`, in the note's order. */
function pushMentionsOfTalks(note, tool, talks, out) {
    const d = note.mentions.data;
    for (let o = 0; o < d.length; o += mentions_1.MENTION_FIELDS) {
        if (d[o + exports.TOOL] !== tool || !talks.has(d[o + exports.TALK]))
            continue;
        out.push({ uri: note.uri, range: { start: { line: d[o + exports.SL], character: d[o + exports.SC] }, end: { line: d[o + exports.EL], character: d[o + exports.EC] } } });
    }
}
//# sourceMappingURL=mention-layout.js.map