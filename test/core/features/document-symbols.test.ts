// The outline: an event with its talks, nested, for each language.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentSymbols } from '../../../server/src/core/features/document-symbols';
import type { DocumentSymbol } from '../../../server/src/core/features/types';
import { fixture } from '../../support/fixture';

/** The only caller of documentSymbols(): an indented outline, `name — detail (line)`. */
function check(src: string, path: string, expected: string): void {
  const f = fixture(src);
  const out: string[] = [];
  const walk = (list: DocumentSymbol[], depth: number) => {
    for (const s of list) {
      assert.ok(s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line, 'selection inside range');
      out.push(`${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''} (${s.selectionRange.start.line + 1})`);
      walk(s.children ?? [], depth + 1);
    }
  };
  walk(documentSymbols(f.ctx, f.uri(path)), 0);
  assert.equal(out.join('\n'), expected.trim().split('\n').map((l) => l.replace(/^ {6}/, '')).join('\n'));
}

describe('document symbols', () => {
  test('a Korean note: event, then talks with speakers', () => {
    check(
      `
      //- /ko.md
      # 클라우드 인프라 서밋 2023 정리

      - 일시: 2023.10.19 (목)
      - 장소: 코엑스 그랜드볼룸

      [키노트] '플랫폼 엔지니어링 3년, 무엇이 남았나' (네이버 강지훈)

      - 쿠버네티스 이야기.

      [기술세션 1] '테라폼 드리프트와의 전쟁' (토스 남궁연)

      - 드리프트를 매일 잡는다.
    `,
      '/ko.md',
      `
      클라우드 인프라 서밋 2023 — 2023-10-19 · 코엑스 그랜드볼룸 (1)
        플랫폼 엔지니어링 3년, 무엇이 남았나 — 강지훈 (네이버) (6)
        테라폼 드리프트와의 전쟁 — 남궁연 (토스) (10)
      `,
    );
  });

  test('a note that is not about an event has no outline', () => {
    check('//- /todo.md\n# TODO\n- buy milk\n', '/todo.md', '');
  });
});
