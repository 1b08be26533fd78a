"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// Where an event took place, in the forms findLocation reads only from lines that can hold them
// (a colon for labelled places, "에서" for Korean ones, 会場 / 開催 / にて for Japanese ones).
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const event_info_1 = require("../../server/src/core/extract/event-info");
const structure_1 = require("../../server/src/core/structure");
function event(text) {
    const e = (0, event_info_1.readEventInfo)((0, structure_1.parseStructure)(text), -1, new Set());
    return [e.name, e.date, e.location];
}
(0, node_test_1.test)('readEventInfo finds labelled, Korean, Japanese and English places', () => {
    strict_1.default.deepEqual(event('# Meetup Seoul #3\n\n장소: 코엑스 그랜드볼룸\n'), ['Meetup Seoul #3', null, '코엑스 그랜드볼룸']);
    strict_1.default.deepEqual(event('# KubeCon Recap\n\nThe venue: Moscone Center, San Francisco.\n'), ['KubeCon', null, 'Moscone Center, San Francisco']);
    strict_1.default.deepEqual(event('# Meetup Seoul #3\n\n2024년 3월 7일 판교에서 열린 밋업 후기\n'), ['Meetup Seoul #3', '2024-03-07', '판교']);
    strict_1.default.deepEqual(event('# 勉強会 #5\n\n会場は渋谷ストリーム。\n'), ['勉強会 #5', null, '渋谷ストリーム']);
    strict_1.default.deepEqual(event('# 勉強会 #5\n\n2018/02/16に東京で開催されました。\n'), ['勉強会 #5', '2018-02-16', '東京']);
    strict_1.default.deepEqual(event('# Notes\n\nWe met at the office (no place here)\n'), ['Notes', null, null]);
});
//# sourceMappingURL=event-info.test.js.map