"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Severity = exports.CompletionItemKind = exports.SymbolKind = void 0;
/** LSP SymbolKind values used here. */
exports.SymbolKind = {
    Class: 5,
    Function: 12,
    Variable: 13,
    Constant: 14,
    Event: 24,
};
/** LSP CompletionItemKind values used here. */
exports.CompletionItemKind = {
    Function: 3,
    Class: 7,
    Module: 9,
    EnumMember: 20,
    Event: 23,
};
/** LSP DiagnosticSeverity. */
exports.Severity = { Error: 1, Warning: 2, Information: 3, Hint: 4 };
//# sourceMappingURL=types.js.map