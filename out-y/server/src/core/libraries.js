"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.yaml = yaml;
exports.markdownIt = markdownIt;
exports.chardet = chardet;
exports.iconv = iconv;
let yamlModule = null;
let markdownItClass = null;
let chardetModule = null;
let iconvModule = null;
function yaml() {
    return (yamlModule ??= require('yaml'));
}
function markdownIt() {
    return (markdownItClass ??= require('markdown-it'));
}
function chardet() {
    return (chardetModule ??= require('chardet'));
}
function iconv() {
    return (iconvModule ??= require('iconv-lite'));
}
//# sourceMappingURL=libraries.js.map