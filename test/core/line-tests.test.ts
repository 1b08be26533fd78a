// The vocabulary's line tests skip their regexes on lines that cannot match: they must answer as the regexes do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isFooterStart, isTeaser } from '../../server/src/core/extract/note-lines';
import { LETTER_CLASS } from '../../server/src/core/extract/note';
import { FOOTER_START, TEASER } from '../../server/src/core/extract/vocabulary';

const isWhite = (c: string) => /\s/.test(c);

test('teaser: every last character that can end a match is let through', () => {
  const before = ['continue readin', 'Read Mor', '더 보', '계속 읽', '続きを読', 'もっと読', 'read more ', 'read more ..', 'read more', 'Continue reading ', 'x'];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (isWhite(ch)) continue;
    for (const p of before) assert.equal(isTeaser(p + ch), TEASER.test(p + ch), JSON.stringify(p + ch));
  }
  assert.equal(isTeaser('Read more »'), true);
  assert.equal(isTeaser('続きを読む'), true);
  assert.equal(isTeaser(''), false);
});

test('footer start: one colon at the end is left out, as the regex replace did', () => {
  for (const t of ['Comments:', 'Comments：', 'Comments::', 'Comments :', 'Related posts', 'tags: a, b:', '댓글 3:', 'コメント：', ':', '', 'Notes']) {
    assert.equal(isFooterStart(t), FOOTER_START.test(t.replace(/[:：]\s*$/, '')), JSON.stringify(t));
  }
});

test('language letters: the class table is the ranges detectLanguage counted', () => {
  for (let c = 0; c < 0x10000; c++) {
    const lower = c | 32;
    const want = c < 128 ? (lower >= 97 && lower <= 122 ? 1 : 0) : c >= 0xac00 && c <= 0xd7a3 ? 2 : c >= 0x3040 && c <= 0x30ff ? 3 : c >= 0x4e00 && c <= 0x9fff ? 4 : 0;
    assert.equal(LETTER_CLASS[c], want, c.toString(16));
  }
});
