// LSP-shaped plain data returned by the features. The core does not import the LSP libraries;
// these mirror the protocol's shapes (and numeric constants) so the server can pass them through.
import type { Range } from '../model';

export interface Location {
  uri: string;
  range: Range;
}

/** A hover: markdown for clients that render it, plain text for the others. */
export interface HoverResult {
  markdown: string;
  plaintext: string;
  range: Range;
}

/** LSP SymbolKind values used here. */
export const SymbolKind = {
  Class: 5,
  Function: 12,
  Variable: 13,
  Constant: 14,
  Event: 24,
} as const;
export type SymbolKindValue = (typeof SymbolKind)[keyof typeof SymbolKind];

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKindValue;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

export interface WorkspaceSymbol {
  name: string;
  kind: SymbolKindValue;
  containerName?: string;
  location: Location;
}

/** LSP CompletionItemKind values used here. */
export const CompletionItemKind = {
  Function: 3,
  Class: 7,
  Module: 9,
  EnumMember: 20,
  Event: 23,
} as const;
export type CompletionItemKindValue = (typeof CompletionItemKind)[keyof typeof CompletionItemKind];

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface CompletionItem {
  label: string;
  kind: CompletionItemKindValue;
  detail?: string;
  documentation?: string;
  filterText?: string;
  sortText?: string;
  textEdit: TextEdit;
}

/** LSP DiagnosticSeverity. */
export const Severity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;
export type SeverityValue = (typeof Severity)[keyof typeof Severity];

export interface Diagnostic {
  range: Range;
  severity: SeverityValue;
  code: string;
  source: 'infranotes';
  message: string;
  relatedInformation?: Array<{ location: Location; message: string }>;
}

export interface CodeAction {
  title: string;
  kind: 'quickfix';
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit: { changes: Record<string, TextEdit[]> };
}
