"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// The "New Event Note" template: file names, dates, YAML front matter.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const note_template_1 = require("../../client/src/note-template");
(0, node_test_1.test)('slugify keeps Korean and Japanese, joins words with "-"', () => {
    strict_1.default.equal((0, note_template_1.slugify)('HashiConf 2024'), 'hashiconf-2024');
    strict_1.default.equal((0, note_template_1.slugify)('하시코프 한국 사용자 모임 12회'), '하시코프-한국-사용자-모임-12회');
    strict_1.default.equal((0, note_template_1.slugify)('HashiCorp User Group Tokyo #18'), 'hashicorp-user-group-tokyo-18');
    strict_1.default.equal((0, note_template_1.slugify)('ＣｌｏｕｄＮａｔｉｖｅ Days／東京'), 'cloudnative-days-東京');
    strict_1.default.equal((0, note_template_1.slugify)('../../etc/passwd'), 'etc-passwd');
    strict_1.default.equal((0, note_template_1.slugify)('  !!! '), 'event');
    strict_1.default.ok(Array.from((0, note_template_1.slugify)('가'.repeat(200))).length <= 80);
});
(0, node_test_1.test)('isIsoDate accepts real dates only', () => {
    strict_1.default.ok((0, note_template_1.isIsoDate)('2024-02-29'));
    strict_1.default.ok(!(0, note_template_1.isIsoDate)('2023-02-29'));
    strict_1.default.ok(!(0, note_template_1.isIsoDate)('2024-13-01'));
    strict_1.default.ok(!(0, note_template_1.isIsoDate)('2024/03/01'));
    strict_1.default.ok(!(0, note_template_1.isIsoDate)('24-03-01'));
    strict_1.default.equal((0, note_template_1.today)(new Date(2024, 2, 5)), '2024-03-05');
});
(0, node_test_1.test)('yamlScalar quotes what YAML would misread', () => {
    strict_1.default.equal((0, note_template_1.yamlScalar)('HashiConf 2024'), 'HashiConf 2024');
    strict_1.default.equal((0, note_template_1.yamlScalar)('Meetup #3'), '"Meetup #3"');
    strict_1.default.equal((0, note_template_1.yamlScalar)('Seoul: COEX'), '"Seoul: COEX"');
    strict_1.default.equal((0, note_template_1.yamlScalar)('yes'), '"yes"');
    strict_1.default.equal((0, note_template_1.yamlScalar)('2024'), '"2024"');
    strict_1.default.equal((0, note_template_1.yamlScalar)('- dash'), '"- dash"');
    strict_1.default.equal((0, note_template_1.yamlScalar)('say "hi"'), '"say \\"hi\\""');
});
(0, node_test_1.test)('renderEventNote writes front matter, the event heading and a sample talk', () => {
    const text = (0, note_template_1.renderEventNote)({ name: 'SRE Meetup\nAmsterdam', date: '2024-03-07', location: 'Amsterdam' });
    strict_1.default.equal(text, [
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
    ].join('\n'));
    strict_1.default.ok(!(0, note_template_1.renderEventNote)({ name: 'X', date: '2024-01-01', location: ' ' }).includes('location:'));
});
(0, node_test_1.test)('candidateName: base name first, then -2, -3, …', () => {
    strict_1.default.equal((0, note_template_1.candidateName)('hashiconf-2024', 1), 'hashiconf-2024.md');
    strict_1.default.equal((0, note_template_1.candidateName)('hashiconf-2024', 2), 'hashiconf-2024-2.md');
});
//# sourceMappingURL=note-template.test.js.map