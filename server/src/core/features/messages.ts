// The words of hover cards and tool cards in the editor's language (LSP `initialize.locale`).
// Note content is never translated; only the card's own words are.

export type CardLocale = 'en' | 'ko' | 'ja';

/** 'ko-KR' → 'ko'; anything we have no words for → 'en'. */
export function cardLocale(locale: string | undefined | null): CardLocale {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('ko')) return 'ko';
  if (l.startsWith('ja')) return 'ja';
  return 'en';
}

export interface CardWords {
  unresolvedReference: string;
  alsoWritten: string;
  /** Before the tools a tool is part of ("Part of: Vault"). */
  partOf: string;
  definedInToolFile: string;
  whereHeard: string;
  notMentionedYet: string;
  /** "3 talks at 2 events, 7 mentions in 4 notes". */
  heardCounts(talks: number, events: number, mentions: number, notes: number): string;
  firstLast(first: string, last: string): string;
  andMore(n: number): string;
  noDate: string;
  speakers(n: number): string;
  tools: string;
  talks(n: number): string;
  talksAtEvents(talks: number, events: number): string;
}

const en = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const WORDS: Record<CardLocale, CardWords> = {
  en: {
    unresolvedReference: 'Unresolved reference',
    alsoWritten: 'Also written: ',
    partOf: 'Part of: ',
    definedInToolFile: 'Defined in your tool file: ',
    whereHeard: 'Where you heard of it: ',
    notMentionedYet: 'not mentioned in your notes yet.',
    heardCounts: (t, e, m, n) => `${en(t, 'talk')} at ${en(e, 'event')}, ${en(m, 'mention')} in ${en(n, 'note')}`,
    firstLast: (f, l) => `first ${f}, last ${l}`,
    andMore: (n) => `and ${n} more`,
    noDate: 'no date',
    speakers: (n) => (n > 1 ? 'Speakers: ' : 'Speaker: '),
    tools: 'Tools: ',
    talks: (n) => en(n, 'talk'),
    talksAtEvents: (t, e) => `${en(t, 'talk')} at ${en(e, 'event')}`,
  },
  ko: {
    unresolvedReference: '찾을 수 없는 참조',
    alsoWritten: '다른 표기: ',
    partOf: '상위 도구: ',
    definedInToolFile: '내 도구 파일의 정의: ',
    whereHeard: '들은 곳: ',
    notMentionedYet: '아직 노트에 나오지 않습니다.',
    heardCounts: (t, e, m, n) => `행사 ${e}개의 발표 ${t}개, 노트 ${n}개에서 ${m}번 언급`,
    firstLast: (f, l) => `처음 ${f}, 마지막 ${l}`,
    andMore: (n) => `외 ${n}개`,
    noDate: '날짜 없음',
    speakers: () => '발표자: ',
    tools: '도구: ',
    talks: (n) => `발표 ${n}개`,
    talksAtEvents: (t, e) => `행사 ${e}개에서 발표 ${t}개`,
  },
  ja: {
    unresolvedReference: '見つからない参照',
    alsoWritten: '別の表記: ',
    partOf: '上位のツール: ',
    definedInToolFile: 'ツールファイルでの定義: ',
    whereHeard: '聞いた場所: ',
    notMentionedYet: 'まだノートに出てきません。',
    heardCounts: (t, e, m, n) => `${e} 件のイベントの ${t} 件の発表、${n} 件のノートで ${m} 回`,
    firstLast: (f, l) => `初回 ${f}、最新 ${l}`,
    andMore: (n) => `ほか ${n} 件`,
    noDate: '日付なし',
    speakers: () => '登壇者: ',
    tools: 'ツール: ',
    talks: (n) => `発表 ${n} 件`,
    talksAtEvents: (t, e) => `${e} 件のイベントで ${t} 件の発表`,
  },
};

export function cardWords(locale: CardLocale | undefined): CardWords {
  return WORDS[locale ?? 'en'];
}
