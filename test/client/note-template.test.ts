// The "New Event Note" template: file names, dates, YAML front matter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateName, isIsoDate, renderEventNote, slugify, today, yamlScalar } from '../../client/src/note-template';

test('slugify keeps Korean and Japanese, joins words with "-"', () => {
  assert.equal(slugify('HashiConf 2024'), 'hashiconf-2024');
  assert.equal(slugify('하시코프 한국 사용자 모임 12회'), '하시코프-한국-사용자-모임-12회');
  assert.equal(slugify('HashiCorp User Group Tokyo #18'), 'hashicorp-user-group-tokyo-18');
  assert.equal(slugify('ＣｌｏｕｄＮａｔｉｖｅ Days／東京'), 'cloudnative-days-東京');
  assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
  assert.equal(slugify('  !!! '), 'event');
  assert.ok(Array.from(slugify('가'.repeat(200))).length <= 80);
});

test('isIsoDate accepts real dates only', () => {
  assert.ok(isIsoDate('2024-02-29'));
  assert.ok(!isIsoDate('2023-02-29'));
  assert.ok(!isIsoDate('2024-13-01'));
  assert.ok(!isIsoDate('2024/03/01'));
  assert.ok(!isIsoDate('24-03-01'));
  assert.equal(today(new Date(2024, 2, 5)), '2024-03-05');
});

test('yamlScalar quotes what YAML would misread', () => {
  assert.equal(yamlScalar('HashiConf 2024'), 'HashiConf 2024');
  assert.equal(yamlScalar('Meetup #3'), '"Meetup #3"');
  assert.equal(yamlScalar('Seoul: COEX'), '"Seoul: COEX"');
  assert.equal(yamlScalar('yes'), '"yes"');
  assert.equal(yamlScalar('2024'), '"2024"');
  assert.equal(yamlScalar('- dash'), '"- dash"');
  assert.equal(yamlScalar('say "hi"'), '"say \\"hi\\""');
});

test('renderEventNote writes front matter, the event heading and a sample talk', () => {
  const text = renderEventNote({ name: 'SRE Meetup\nAmsterdam', date: '2024-03-07', location: 'Amsterdam' });
  assert.equal(
    text,
    [
      '---',
      'title: SRE Meetup Amsterdam',
      'date: 2024-03-07',
      'location: Amsterdam',
      'tags: []',
      '---',
      '',
      '# SRE Meetup Amsterdam',
      '',
      '## Talk title - Speaker Name (Company)',
      '',
      '- Your notes. Tools you mention are found in any spelling.',
      '',
    ].join('\n'),
  );
  assert.ok(!renderEventNote({ name: 'X', date: '2024-01-01', location: ' ' }).includes('location:'));
});

test('candidateName: base name first, then -2, -3, …', () => {
  assert.equal(candidateName('hashiconf-2024', 1), 'hashiconf-2024.md');
  assert.equal(candidateName('hashiconf-2024', 2), 'hashiconf-2024-2.md');
});
