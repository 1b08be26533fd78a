// Dates as people write them, one table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../server/src/core/extract/dates';

const CASES: Array<[string, string | null, string | null]> = [
  ['2018-07-28', '2018-07-28', null],
  ['2018.07.28', '2018-07-28', null],
  ['2018. 7. 28.', '2018-07-28', null],
  ['2019/08/24(土)', '2019-08-24', null],
  ['2019/08/24 (Sat) ~ 2019/08/25', '2019-08-24', '2019-08-25'],
  ['2018년 7월 28일', '2018-07-28', null],
  ['2024년 6월 15일 (토) ~ 16일', '2024-06-15', '2024-06-16'],
  ['2018년 7월', '2018-07', null],
  ['2023年12月11日〜12日', '2023-12-11', '2023-12-12'],
  ['2023年12月11日(月)〜12月13日', '2023-12-11', '2023-12-13'],
  ['2023年8月', '2023-08', null],
  ['July 28, 2018', '2018-07-28', null],
  ['Nov 6–9, 2023', '2023-11-06', '2023-11-09'],
  ['Jul 30 - Aug 1, 2018', '2018-07-30', '2018-08-01'],
  ['28 July 2018', '2018-07-28', null],
  ['6-9 November 2023', '2023-11-06', '2023-11-09'],
  ['Saturday, March 7th 2024', '2024-03-07', null],
  ['September 2019', '2019-09', null],
  ['22.10.2024, 18:30', '2024-10-22', null],
  ['5.6.2025', '2025-06-05', null],
  ['v1.2.2024', null, null],
  ['일시: 24.11.02 (19:00~)', '2024-11-02', null],
  ['日時：24/11/02 18:00〜', '2024-11-02', null],
  ['Date: 02.11.24', null, null],
  ['tue 3/19/24 · hyatt regency', '2024-03-19', null],
  ['wed 3/19/24', null, null],
  ['v24.11.02', null, null],
  ['31.13.2024', null, null],
  ['version 1.2.3 on port 2018', null, null],
  ['2018-13-40', null, null],
];

test('findDates reads every common form, and nothing else', () => {
  for (const [text, date, endDate] of CASES) {
    const found = findDates(text)[0];
    assert.equal(found?.date ?? null, date, text);
    assert.equal(found?.endDate ?? null, endDate, text);
  }
});

test('a weekday inside a range of days does not break it', () => {
  const [found] = findDates('Wed 19 – Thu 20 June 2024 · Pakhuis de Zwijger');
  assert.deepEqual([found.date, found.endDate], ['2024-06-19', '2024-06-20']);
});
