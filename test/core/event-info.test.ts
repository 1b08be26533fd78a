// Where an event took place, in the forms findLocation reads only from lines that can hold them
// (a colon for labelled places, "에서" for Korean ones, 会場 / 開催 / にて for Japanese ones).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readEventInfo } from '../../server/src/core/extract/event-info';
import { parseStructure } from '../../server/src/core/structure';

function event(text: string): [string, string | null, string | null] {
  const e = readEventInfo(parseStructure(text), -1, new Set());
  return [e.name, e.date, e.location];
}

test('readEventInfo finds labelled, Korean, Japanese and English places', () => {
  assert.deepEqual(event('# Meetup Seoul #3\n\n장소: 코엑스 그랜드볼룸\n'), ['Meetup Seoul #3', null, '코엑스 그랜드볼룸']);
  assert.deepEqual(event('# KubeCon Recap\n\nThe venue: Moscone Center, San Francisco.\n'), ['KubeCon', null, 'Moscone Center, San Francisco']);
  assert.deepEqual(event('# Meetup Seoul #3\n\n2024년 3월 7일 판교에서 열린 밋업 후기\n'), ['Meetup Seoul #3', '2024-03-07', '판교']);
  assert.deepEqual(event('# 勉強会 #5\n\n会場は渋谷ストリーム。\n'), ['勉強会 #5', null, '渋谷ストリーム']);
  assert.deepEqual(event('# 勉強会 #5\n\n2018/02/16に東京で開催されました。\n'), ['勉強会 #5', '2018-02-16', '東京']);
  assert.deepEqual(event('# Notes\n\nWe met at the office (no place here)\n'), ['Notes', null, null]);
});
