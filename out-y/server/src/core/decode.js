"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decodeNote = decodeNote;
exports.controlBytes = controlBytes;
// Turns a file's bytes into text, or explains why the bytes are not a note.
// Pure: it is handed bytes, it reads nothing. Legacy encodings are decoded by iconv-lite
// and guessed by chardet (kept libraries, not hand-made tables).
const node_buffer_1 = require("node:buffer");
const libraries_1 = require("./libraries");
/** How much of a file the sniffers look at; enough to decide, cheap on large files. */
const SNIFF_BYTES = 64 * 1024;
/**
 * Decodes a note's bytes, with one guard: a UTF-8 note with a few damaged bytes is not a legacy
 * encoding. The legacy guess would turn a whole Korean note into Hebrew or Cyrillic mojibake
 * because of one bad byte; when nearly every non-ASCII byte belongs to a valid UTF-8 sequence,
 * the note is read as UTF-8 and the damaged bytes are replaced (U+FFFD). Real legacy files
 * (EUC-KR, CP949, Shift_JIS, EUC-JP) have far more invalid sequences than valid ones.
 */
function decodeNote(bytes) {
    const decoded = decodeByBytes(bytes);
    if (decoded.kind !== 'text' || decoded.encoding.startsWith('utf-'))
        return decoded;
    const { valid, invalid } = utf8Sequences(bytes.subarray(0, SNIFF_BYTES));
    if (valid >= 4 && invalid * 10 <= valid)
        return { kind: 'text', text: utf8(bytes), encoding: 'utf-8 (invalid bytes replaced)' };
    return decoded;
}
/** Valid multi-byte UTF-8 sequences, and non-ASCII bytes that belong to none. */
function utf8Sequences(b) {
    let valid = 0;
    let invalid = 0;
    for (let i = 0; i < b.length;) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
        let ok = need > 0;
        for (let k = 1; ok && k <= need; k++)
            ok = i + k < b.length && (b[i + k] & 0xc0) === 0x80;
        if (ok) {
            valid++;
            i += need + 1;
        }
        else {
            invalid++;
            i++;
        }
    }
    return { valid, invalid };
}
function decodeByBytes(bytes) {
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        return { kind: 'text', text: utf8(bytes.subarray(3)), encoding: 'utf-8-bom' };
    }
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
        return { kind: 'text', text: (0, libraries_1.iconv)().decode(Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.length - 2), 'utf-16le'), encoding: 'utf-16le' };
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        return { kind: 'text', text: (0, libraries_1.iconv)().decode(Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.length - 2), 'utf-16be'), encoding: 'utf-16be' };
    }
    const head = bytes.subarray(0, SNIFF_BYTES);
    const binary = binaryReason(head);
    if (binary)
        return { kind: 'skipped', reason: binary };
    // Valid UTF-8 throughout (nearly every note): validated and decoded in one native pass.
    const valid = strictUtf8(bytes);
    if (valid !== null)
        return { kind: 'text', text: valid, encoding: 'utf-8' };
    if (isUtf8(head))
        return { kind: 'text', text: utf8(bytes), encoding: 'utf-8' };
    const guess = guessLegacy(head);
    if (guess)
        return { kind: 'text', text: (0, libraries_1.iconv)().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), guess.codec), encoding: guess.label };
    // Not UTF-8 and not a known legacy encoding: keep what can be read, replacing the rest.
    return { kind: 'text', text: utf8(bytes), encoding: 'utf-8 (invalid bytes replaced)' };
}
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Up to this size, valid UTF-8 is validated natively (simdutf, about 0.07 ms per MB), turned into
 * UTF-16 outside the heap (ICU) and copied into a string: about 0.7 ms per MB of the corpus's
 * notes, where the strict TextDecoder took about 3. Larger texts become strings in V8's large
 * object space, whose fresh pages cost the same either way (12-16 ms per MB): they keep the
 * decoder's single pass.
 */
const TRANSCODE_MAX_BYTES = 64 * 1024;
function strictUtf8(bytes) {
    if (bytes.length <= TRANSCODE_MAX_BYTES && typeof node_buffer_1.transcode === 'function' && typeof node_buffer_1.isUtf8 === 'function') {
        if (!(0, node_buffer_1.isUtf8)(bytes))
            return null;
        // ASCII stays a one-byte string, as the decoder makes it.
        if (typeof node_buffer_1.isAscii === 'function' && (0, node_buffer_1.isAscii)(bytes))
            return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
        const wide = (0, node_buffer_1.transcode)(bytes, 'utf8', 'utf16le');
        return wide.toString('utf16le', 0, wide.length);
    }
    try {
        return strictDecoder.decode(bytes);
    }
    catch {
        return null;
    }
}
function utf8(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}
const MAGIC = [
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
    ['a JPEG image', [0xff, 0xd8, 0xff]],
    ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
    ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
    ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
    ['a gzip archive', [0x1f, 0x8b]],
    ['an executable (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
    ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];
function binaryReason(head) {
    for (const [what, magic] of MAGIC) {
        if (head.length >= magic.length && magic.every((b, i) => head[i] === b))
            return `binary file: ${what}`;
    }
    const control = controlBytes(head);
    if (control < 0)
        return 'binary file: contains NUL bytes';
    if (head.length > 0 && control / head.length > 0.05)
        return 'binary file: too many control characters';
    return null;
}
/**
 * Control bytes other than tab, line breaks, backspace and escape; -1 when there is a NUL byte.
 * Nearly every byte is printable: four bytes at a time are let through when none is below 32.
 */
const NO_WORDS = new Uint32Array(0);
function controlBytes(head) {
    const n = head.length;
    let control = 0;
    let i = 0;
    const byte = (b) => (b === 0 ? -1 : b < 8 || (b > 13 && b < 27) || b > 27 ? 1 : 0);
    // Up to the first byte a 32-bit word can start at.
    for (; i < n && (head.byteOffset + i) % 4 !== 0; i++) {
        const b = head[i];
        if (b >= 32)
            continue;
        const k = byte(b);
        if (k < 0)
            return -1;
        control += k;
    }
    // (Too short to reach a word boundary: no words.)
    const count = (head.byteOffset + i) % 4 === 0 ? (n - i) >>> 2 : 0;
    const words = count ? new Uint32Array(head.buffer, head.byteOffset + i, count) : NO_WORDS;
    for (let w = 0; w < words.length; w++) {
        const x = words[w];
        // Some byte below 32 (the test has no false negatives; a false positive only costs the look below).
        if (((x - 0x20202020) & ~x & 0x80808080) === 0)
            continue;
        for (let k = 0; k < 4; k++) {
            const b = (x >>> (8 * k)) & 0xff;
            if (b >= 32)
                continue;
            const c = byte(b);
            if (c < 0)
                return -1;
            control += c;
        }
    }
    for (i += words.length * 4; i < n; i++) {
        const b = head[i];
        if (b >= 32)
            continue;
        const k = byte(b);
        if (k < 0)
            return -1;
        control += k;
    }
    return control;
}
/** Strict UTF-8 validation; a sequence cut by the end of the sniffed window is allowed. */
function isUtf8(b) {
    let i = 0;
    const n = b.length;
    while (i < n) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let need;
        if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef)
            need = 2;
        else if (c >= 0xf0 && c <= 0xf4)
            need = 3;
        else
            return false;
        if (i + need >= n) {
            // Cut at the end of the window, or a damaged last character: still UTF-8, the decoder replaces the rest.
            for (let k = i + 1; k < n; k++)
                if ((b[k] & 0xc0) !== 0x80)
                    return false;
            return true;
        }
        for (let k = 1; k <= need; k++)
            if ((b[i + k] & 0xc0) !== 0x80)
                return false;
        i += need + 1;
    }
    return true;
}
function guessLegacy(head) {
    const analysed = (0, libraries_1.chardet)().analyse(head);
    for (const { name, confidence } of analysed) {
        if (confidence < 10)
            break;
        const n = name.toLowerCase();
        if (n === 'euc-kr' || n === 'iso-2022-kr')
            return { codec: 'cp949', label: 'euc-kr' };
        if (n === 'shift_jis' || n === 'shift-jis')
            return { codec: 'shift_jis', label: 'shift_jis' };
        if (n === 'euc-jp')
            return { codec: 'euc-jp', label: 'euc-jp' };
        if (n === 'iso-2022-jp')
            return { codec: 'iso-2022-jp', label: 'iso-2022-jp' };
        if (n === 'big5' || n === 'gb18030')
            return { codec: n, label: n };
        if (n.startsWith('iso-8859') || n.startsWith('windows-125'))
            return { codec: n, label: n };
    }
    return null;
}
//# sourceMappingURL=decode.js.map