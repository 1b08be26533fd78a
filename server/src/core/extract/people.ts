// Recognises speakers: people's names in Korean, Japanese and Latin script, handles,
// organisations, job titles and honorifics around them.
import { isDateLike } from './dates';
import type { Speaker } from '../model';
import { isGivenName } from './given-names';
import { isWhiteSpace } from '../text';
import { MODERATOR_WORDS, NO_ORGANISATION, NO_ORGANISATION_SAID, SPEAKER_LABEL_COLON, SPEAKER_LABEL_WORDS } from './vocabulary';

// Common Korean surnames; a Korean name is a surname followed by one to three syllables.
const KO_SURNAMES = new Set(
  ('김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 호 승 범 갈 라 빈 국 견 당 팽 동 등').split(' '),
);
const KO_DOUBLE_SURNAMES = new Set(['남궁', '황보', '제갈', '선우', '독고', '동방', '사공', '서문']);
// Words that look like names by their shape but are not.
const KO_NOT_NAMES = new Set(
  ('이름 성함 본명 실명 사명 라벨 정리 기록 참관 공유 요약 등록 모듈 마지막 처음 피처 이슈 소개 안내 마무리 진행 한국 조직 문제 결론 후기 정보 하이 고객 장애 성능 전환 주의 방법 구성 배포 기술 도입 운영 개발 이전 이번 오늘 ' +
    '유저 서버 서비스 장점 단점 요약 질문 답변 기타 공유 참고 목차 시작 설명 사례 발표 세션 키노트 오프닝 클로징 네트워킹 점심 휴식 등록 접수 ' +
    '기본 상세 이상 이하 이후 전체 주제 내용 구축 회고 보안 안정성 사용성 고가용성 정책 모니터링 로깅 배경 목표 계획 현황 방향 조건 결과 과정 마감 최종 ' +
    '공지 안녕 감사 반응 분위기 강의 데모 실습 도구 문화 인프라 클라우드 컨테이너 데이터 플랫폼 아키텍처 네트워크 스토리지 보안 신뢰 기초 심화 ' +
    '김치 고민 준비 진짜 정말 모두 우리 저희 제가 내가 나의 나도 저도 너도 우리도 이미 이미지 한줄평 한줄 총평 소감 소속 직함 직책 난이도 형식 대상 트랙 분류 유형 이거 그거 저거 다음 이제 지금 예시 예제 방식 도전 성장 경험 노하우 함께 하나 두번째 ' +
    '사전 현장 체감 주최 주관 후원 장소 일시 참가 참석 정도 약간 모임 밋업 행사 안건 제안 회의 일정 주간 월간 보고 검토 ' +
    // Cities and districts where meetups are held, which read as a surname and a given name ("(부산)").
    '서울 부산 대구 인천 광주 대전 울산 세종 수원 성남 판교 분당 제주 강남 역삼 선릉 성수 여의도 구로 마포 송도 해운대 서면 센텀 ' +
    // Companies whose names read as a surname and a given name ("김민수 / 당근").
    '당근 라인 배민 마켓컬리 ' +
    // Nouns of a talk's notes that start with a surname ("앤서블 롤 구조": a structure, not 구조 of 앤서블 롤).
    '구조 전략 기능 연동 연결 설정 배치 변경 인증 권한 하위 임시 지원 주기 장기 유지 정의 표준 공통 서명 신규 기존 전용 추가 조회 반영 최적화').split(' '),
);
const KO_TIME_OF_DAY_END = /(?:오전|오후|저녁|아침|점심|새벽)$/u;
// ("\"Title?\" 하니까 반 이상 손 듦": a verb joined to the next clause, "(when he) asked", not a given name.)
const KO_CONNECTIVE_END = /(?:니까|는데|면서|려고|해서)$/u;
// ("가져옴", "나옴": a note's clipped verb.)
const KO_NAME_LAST_NOT = new Set(Array.from('다요음함됨옴듦씀것링션트스드크프브즈츠를을는의에로과와들법적술류기랩팀'));

const LATIN_PARTICLES = new Set(['van', 'de', 'da', 'von', 'der', 'den', 'le', 'la', 'del', 'di', 'du', 'bin', 'al', 'dos', 'das', 'ter', 'st.']);
// Capitalised words that start talk titles or section names far more often than names.
const LATIN_NOT_NAMES = new Set(
  ('the a an and or of for with in on at to from by how why what when where who which is are was be our your my we you it this that these those ' +
    'intro introduction overview summary keynote opening closing welcome lunch break coffee networking registration panel workshop session talk track day ' +
    // Weekdays and months, short and long ("(Tue Dec 3)" names no one); not those that are also given names (Jan, Jun, Sun, May, June, April, August).
    'mon tue tues wed thu thur thurs fri monday tuesday wednesday thursday friday saturday sunday feb apr aug sep sept oct nov dec ' +
    'january february march september october november december ' +
    'lightning demo q&a qna faq agenda schedule timetable notes note recap review thoughts takeaways conclusion wrap up part chapter section ' +
    'service services mesh delivery content monitoring observability cloud data platform security infrastructure infra code ops dev devops sre ' +
    'engineering engineer team teams scale scaling building migrating migration running managing operating deploying production performance ' +
    'lessons learned journey story stories future state modern native serverless container containers cluster clusters kubernetes network networking ' +
    'api apis gateway database databases storage cost costs reliability automation pipeline pipelines testing release releases policy policies ' +
    'zero trust secret secrets identity access control plane edge compute machine learning ai ml open source community project projects best practices ' +
    'deep dive new old next first last getting started beyond inside behind into about more less big small real world hands easy simple ' +
    'good bad better best great top tips tricks guide patterns pattern anti case study studies year years month week time it ' +
    'lean startup agile enterprise private public hybrid multi single global local remote distributed system systems design architecture ' +
    'application applications app apps mobile web backend frontend stack full config configuration management manager tool tools ' +
    'cd ci git ops incident incidents response chaos load balancing proxy traffic mr ms mrs dr prof sir madam ' +
    // Words of a venue ("Boston Convention & Exhibition Center"): a place, never part of a person's name.
    'convention exhibition center centre hotel arena campus auditorium theatre theater venue plaza ' +
    // Words of a report about the event ("re:Invent 2024 - Trip Report"): the note's own title.
    'report trip debrief writeup highlights draft ' +
    // Words of the writer's comparison ("Vault vs Secrets Manager — scorecard (weighted, 1–5)").
    'scorecard matrix comparison decision verdict score scores rating ratings weighted table').split(' '),
);

const HONORIFICS_AFTER = /\s*(님|씨|선생님|교수님|様|さま|さん|氏|先生|くん|君)$/u;
const HONORIFICS_BEFORE = /^(?:mr|ms|mrs|dr|prof)\.?\s+/i;
const SPEAKER_PREFIX = new RegExp(
  String.raw`^(?:[【\[]\s*${SPEAKER_LABEL_WORDS}\s*[】\]]|:${SPEAKER_LABEL_WORDS}:|(?:${SPEAKER_LABEL_WORDS}(?:\s*[/／]\s*${SPEAKER_LABEL_WORDS})?|(?:presented|given|delivered)\s+by|by|with|host(?:ed)?\s+by|moderat(?:or|ed\s+by)|발표|진행|登壇|発表)(?![a-z])\s*(?:[:：]{1,2}|[—–―─](?=\s))?|패널\s*(?:[:：]|[—–]\s))\s*`,
  'iu',
);

const SPEAKER_SENTENCE = /^(?:登壇者|発表者|講演者|スピーカー|発表|登壇)は\s*(.{2,60}?)(?:でした|です)?[。.]?$/u;

/** Whether `s` has a "19" or "20" followed by two digits (a native search before YEAR: most texts have no digits). */
function hasYearDigits(s: string): boolean {
  for (let i = nextCentury(s, 0); i >= 0 && i + 3 < s.length; i = nextCentury(s, i + 1)) {
    const c = s.charCodeAt(i + 2);
    const d = s.charCodeAt(i + 3);
    if (c >= 48 && c <= 57 && d >= 48 && d <= 57) return true;
  }
  return false;
}
function nextCentury(s: string, from: number): number {
  const a = s.indexOf('19', from);
  const b = s.indexOf('20', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** A year standing alone (not inside a handle or a number). */
const YEAR = /(?:^|[\s,(（])(?:19|20)\d{2}(?:$|[\s,.)）年년])/u;

const LEADING_EMOJI = /^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)+/u;
/** A name in square brackets at the start, then nothing, an honorific, a comma or an organisation in brackets; or in tortoise-shell brackets, then anything ("〔山田 太郎〕 Org"). */
const NAME_IN_SQUARE_BRACKETS = /^(?:\[([^[\]()（）,、:：]{2,30})\](?=\s*(?:$|씨|님|さん|氏|様|[,，、/／(（]))|〔([^〔〕()（）,、:：]{2,30})〕)/u;
/** Hashtags at the end of a line, after a space: "#ocn_osaka", "#k8sjp #LT" (not "#9", an event's number). */
export const TRAILING_HASHTAGS = /(?:\s+[#＃][\p{L}_][\p{L}\p{N}_]*)+\s*$/u;

const ORG_HINTS =
  /(?:\b(?:inc|corp|corporation|co|ltd|llc|gmbh|ag|sa|plc|labs?|technologies|technology|systems|software|solutions|group|bank|studio|studios|games|university|foundation|company|telecom|insurance|analytics|logistics|health|healthcare|retail|payments|media|networks|cloud|digital|security|consulting|partners|capital|ventures|works|interactive|mobility|energy|motors|airlines|financial|finance|hq|bv|gmbh|kk|pte|pty|oy|ab|as)\.?$)|(?:주식회사|\(주\)|㈜|코리아|컴퍼니|랩스?|소프트|테크|그룹|은행|전자|스튜디오|게임즈|대학교|재단|株式会社|合同会社|有限会社|（株）|\(株\)|社$|大学$|財団$)/iu;
/** "HashiCorp User Group Seoul", "Kubernetes Meetup Tokyo": a gathering's words, in no person's name. */
const GATHERING_WORDS = /\b(?:user\s+group|meetup|meet-up|conference|summit|hackathon)\b/i;
// (A Korean role ends its word: "그리드웨이브" is no lead.)
export const ROLE_WORDS =
  /(?:\b(?:engineer|engineering|developer|architect|manager|director|cto|ceo|cio|coo|vp|head|lead|founder|co-founder|sre|devops|evangelist|advocate|consultant|principal|staff|senior|sr\.?|junior|intern|researcher|scientist|specialist|product|owner|member|maintainer|committer|ambassador|champion)\b)|(?:엔지니어|개발자|아키텍트|매니저|팀장|리드|대표|이사|실장|본부장|부장|과장|차장|책임|선임|수석|연구원|컨설턴트|에반젤리스트)(?![가-힣])|(?:エンジニア|開発者|アーキテクト|マネージャー|部長|課長|代表|取締役|リーダー|エバンジェリスト|研究員|SRE)/iu;
/** A name with its honorific (group 1), a slash, then no other honoured name: what follows is where they work (group 2). */
const HONOURED_SLASH_ORG = /^([^/／()（）,、]{2,20}?(?:님|さん|氏|様))\s*[/／]\s*((?:(?!님|さん|氏|様)[^/／()（）,、]){2,40})$/u;
/** "Senior SA", "Database Specialist SA": a solutions architect (AWS's title), not a company's "SA" (société anonyme). */
const SOLUTIONS_ARCHITECT = /^(?:[\p{L}-]+\s+){0,2}(?:solutions?|specialist|senior|sr\.?|principal|partner|security|database|container|serverless|network|startup|account|analytics|storage|data|ml|ai|devops|technical)\s+SA$/iu;
/** "Staff SRE @ Kumoya": a role, an at sign or "at", and a place of work. */
const ROLE_THEN_PLACE = /^(.{2,40}?)\s+(?:at|@)\s+(\S.{1,50})$/u;
const TEAM_WORDS = /(?:팀|실|본부|그룹|チーム|部|室|グループ|\bteam)$/iu;
/** A role on its own, as a whole word (ROLE_WORDS finds one inside a longer text). */
const ROLE_ONLY =
  /^(?:engineer|developer|architect|manager|director|cto|ceo|cio|coo|vp|vpoe|head|lead|founder|co-founder|sre|devops|evangelist|advocate|consultant|principal|staff|senior|researcher|specialist|maintainer|엔지니어|개발자|아키텍트|매니저|팀장|리드|대표|이사|실장|본부장|부장|과장|차장|책임|선임|수석|연구원|컨설턴트|에반젤리스트|운영진|エンジニア|開発者|アーキテクト|マネージャー|部長|課長|代表|取締役|リーダー|エバンジェリスト|研究員|運営|sa)$/iu;

export interface NameCheck {
  /** Extra words (tool names, vendors) that are never people. */
  isKnownNonPerson?: (s: string) => boolean;
}

const MASKED_KO_NAME = /^[가-힣](?:OO|ㅇㅇ|○○|◯◯|〇〇|XX|xx|\*\*)$/u;

/** A Korean word ending in a particle no organisation's name ends in (of, with, from, to, until). */
const KO_PARTICLE_END = /[가-힣](?:의|으로|에서|에게|한테|께서|부터|까지|처럼)$/u;
/** The same particles written apart from their word ("sidecar-less 의"). */
const KO_PARTICLE = /^(?:의|와|과|로|으로|에서|에게|처럼)$/u;

/** With `honoured` (님 after it), a given name may end as a title's word does ("윤슬기 님": 기 ends "도입기" too). */
function isKoreanName(s: string, honoured = false): boolean {
  const t = s.replace(/\s+/g, '');
  // "김OO", "박○○": a name the writer masked, its family name kept.
  if (MASKED_KO_NAME.test(t)) return KO_SURNAMES.has(t[0]);
  if (!/^[가-힣]{2,4}$/.test(t) || KO_NOT_NAMES.has(t)) return false;
  // ("(금 오후 4시, 선릉)": a day's part after a weekday, not a given name.)
  if (KO_TIME_OF_DAY_END.test(t) || KO_CONNECTIVE_END.test(t)) return false;
  if (s.includes(' ') && !/^[가-힣]{1,2} [가-힣]{1,3}$/.test(s)) return false;
  if (!honoured && KO_NAME_LAST_NOT.has(t[t.length - 1])) return false;
  if (t.length === 4) return KO_DOUBLE_SURNAMES.has(t.slice(0, 2));
  return KO_SURNAMES.has(t[0]) || (t.length >= 3 && KO_DOUBLE_SURNAMES.has(t.slice(0, 2)));
}

// (And a word's inflected end, "人多すぎ", "眠かった": an adjective or a verb, not a given name.)
const JA_NOT_NAME_END = /(?:会社|株式|参加|運用|導入|構築|事例|入門|基盤|環境|設計|開発|管理|監視|自動化|移行|登壇|発表|資料|感想|概要|メモ|まとめ|ノート|記録|紹介|講演|会場|日時|場所|懇親会|休憩|受付|すぎ|すぎる|かった|くない|ない|たい|した|して|する|れる|った|ってる|てる|だった|です|ます)$/u;

/** Common Japanese family names of two or three characters: "鈴木一郎", written without a space, is a person. */
const JA_SURNAMES = new Set(
  (
    '佐藤 鈴木 高橋 田中 伊藤 渡辺 渡部 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 斎藤 斉藤 清水 山崎 池田 橋本 阿部 石川 山下 中島 ' +
    '石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 ' +
    '中山 和田 石田 森田 上田 内田 柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 谷口 今井 工藤 高田 増田 丸山 杉山 村田 大塚 新井 小山 平野 ' +
    '藤本 河野 上野 野口 武田 松井 千葉 岩崎 菅原 木下 久保 佐野 野村 松尾 市川 菊地 菊池 杉本 古川 大西 島田 水野 桜井 高野 吉川 山内 西田 ' +
    '飯田 西川 小松 北村 安田 五十嵐 川口 平田 中田 久保田 服部 岩田 土屋 川崎 本田 樋口 秋山 田口 永井 山中 中西 吉村 川上 石原 大橋 松岡 ' +
    '馬場 浜田 森本 星野 矢野 浅野 大久保 松下 小池 野田 荒木 大谷 内藤 松浦 熊谷 黒田 尾崎 永田 川村 望月 田辺 松村 荒井 大島 平井 早川 ' +
    '菅野 栗原 西山 広瀬 横田 石橋 萩原 岩本 片山 関口 宮田 大石 高山 本間 吉岡 小西 岡崎 鎌田 小田 伊東 上原 篠原 小澤 松永 中谷 ' +
    '浜口 相沢 相澤 柳田 梶原 沢田 澤田 大森 小森 大沢 大澤 北川 城戸 宇佐美 白石 石黒 早瀬 小野寺 宮坂 長尾 長田 長野 中嶋 中澤 中沢 西岡 西尾 西野 野中 野崎 浅井 浅田 浅見 安部 阿久津 荒川 飯島 池上 石倉 石塚 今村 岩井 上村 植田 牛島 内山 江口 大川 大木 大竹 大槻 大畑 大平 岡村 奥田 奥村 小倉 尾上 片岡 金井 金田 川島 川端 川原 神田 岸本 北野 北原 国分 熊田 栗田 桑原 小泉 河合 坂口 坂田 桜田 笹木 佐久間 志村 下田 白井 杉浦 鈴村 瀬戸 高岡 高島 高畑 竹田 竹中 田島 田代 立花 千田 土田 筒井 寺田 徳田 外山 富田 豊田 長島 中根 新田 西原 根本 野沢 橋口 長谷部 浜野 林田 原口 日野 平山 広田 福井 福島 福本 藤川 藤沢 藤野 船木 古田 細川 堀内 堀田 前川 牧野 益田 町田 松山 水谷 溝口 三宅 宮下 宮内 向井 村井 村松 森下 森川 安井 矢島 山根 山村 湯川 横川 吉井 吉沢 吉野 米田 若林'
  ).split(' '),
);

/** A common Japanese family name alone ("田中"): how a small study group's notes name a speaker they know. */
export function isJapaneseSurname(s: string): boolean {
  return JA_SURNAMES.has(s);
}

/** Place and building words that end what reads as a family name and a given name: "中野区", "千葉県". */
const JA_PLACE_END = /(?:県|市|区|町|村|駅|線|店|港|支店|本社|工場|大学|高校)$/u;

/** "自分用", "今回の", "弊社": the writer, their company or the day, never a name's first characters ("自分" alone, the writer, is read on). */
const JA_NOT_NAME_START = /^(?:自分(?=.)|誰か|自社|弊社|当社|本日|今日|今回|前回|次回|当日|個人)/u;
function isJapaneseName(s: string, strict: boolean): boolean {
  const t = s.trim();
  if (/^[\p{sc=Katakana}ー]{2,}[・=＝ 　][\p{sc=Katakana}ー]{2,}$/u.test(t)) return true;
  if (JA_NOT_NAME_END.test(t) || JA_NOT_NAME_START.test(t)) return false;
  if (/^[\p{sc=Han}々]{1,3}[ 　][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々ー]{1,4}$/u.test(t)) return true;
  if (t.length >= 3 && t.length <= 6 && /^[\p{sc=Han}々]{2,3}[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々ー]{1,3}$/u.test(t) && !JA_PLACE_END.test(t)) {
    if (JA_SURNAMES.has(t.slice(0, 2)) || (t.length >= 4 && JA_SURNAMES.has(t.slice(0, 3)))) return true;
  }
  if (strict) return false;
  // (Not "次回は", "自チームの": a word and a particle, or katakana and hiragana mixed after the kanji.)
  if (/^[\p{sc=Han}々]{1,3}(?:[はのがをにでもへと]|[\p{sc=Katakana}ー]+\p{sc=Hiragana}+)$/u.test(t)) return false;
  return /^[\p{sc=Han}々]{2,5}$/u.test(t) || /^[\p{sc=Han}々]{1,3}[\p{sc=Hiragana}\p{sc=Katakana}ー]{1,4}$/u.test(t);
}

const LATIN_NAME_TOKEN = /^(?:\p{Lu}['’]\p{Lu}\p{Ll}+|(?:Mc|Mac|De|Di|La|Le|Van|Von)\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?)(?:-\p{Lu}?\p{Ll}+)*\.?$/u;

/** A word of Japanese syllables in Latin letters (Hepburn): "Kotaro", "HIGASHI", "Shunsuke". */
const ROMANISED_JAPANESE = /^(?:(?:[kgsztdnhbpmyrwfj]|sh|ch|ts|[kgnhbpmr]y)?[aeiou]n?)+$/i;

/** 'strong' when the first word is a known given name, 'weak' when only the shape fits, null otherwise. */
function latinName(s: string, check: NameCheck): PersonStrength | null {
  const tokens = s.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4) return null;
  // "OKADA Shunsuke", "ABE Kotaro": a Japanese name in Latin letters, the family name first in capitals
  // (both words read as Japanese syllables: not "DORA Metrics", "AWS Lambda").
  if (tokens.length === 2 && /^[A-Z]{2,12}$/.test(tokens[0]) && /^[A-Z][a-z]{1,12}$/.test(tokens[1]) && ROMANISED_JAPANESE.test(tokens[0]) && ROMANISED_JAPANESE.test(tokens[1]) && !check.isKnownNonPerson?.(s)) return 'strong';
  // ("KIM Cheolsu", "LEE Ji-won": a Korean name so, its family name one of theirs.)
  if (tokens.length === 2 && /^[A-Z]{2,5}$/.test(tokens[0]) && /^[A-Z][a-z]{2,12}(?:-[a-z]{2,6})?$/.test(tokens[1]) && KO_ROMAN_SURNAMES.has(tokens[0].toLowerCase())) return 'strong';
  if (!isLatinName(tokens, s, check)) return null;
  return isGivenName(tokens[0]) || (tokens.length >= 3 && /^\p{Lu}\.$/u.test(tokens[1]) && isGivenName(tokens[0])) ? 'strong' : 'weak';
}

// Number words start a title ("Keynote — Ten Thousand Pipelines Later"), never a name (but an
// organisation's name may hold one: "Capital One Aoife Wright").
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)$/i;

// Vendors whose names start a product's name ("Amazon Managed Service for Prometheus") or an organisation before a
// person ("(Amazon Aoife Müller)"), never a person's own.
const VENDOR_WORD = /^(?:amazon|google|microsoft|hashicorp|oracle)$/i;

function isLatinName(tokens: string[], s: string, check: NameCheck): boolean {
  if (NUMBER_WORD.test(tokens[0]) || VENDOR_WORD.test(tokens[0])) return false;
  let proper = 0;
  for (const tok of tokens) {
    const lower = tok.toLowerCase();
    // (Last, it is the surname: "Priyanka Das", "Carlos Da".)
    if (LATIN_PARTICLES.has(lower) && tok !== tokens[tokens.length - 1]) continue;
    if (/^\p{Lu}\.$/u.test(tok)) continue; // an initial
    if (!LATIN_NAME_TOKEN.test(tok)) return false;
    if (LATIN_NOT_NAMES.has(lower.replace(/[.'’]/g, ''))) return false;
    // (A surname that is also a tool's name, "Dana Jenkins", after a known given name.)
    if (check.isKnownNonPerson?.(tok) && !(tok === tokens[tokens.length - 1] && tokens.length >= 2 && isGivenName(tokens[0]))) return false;
    proper++;
  }
  if (check.isKnownNonPerson?.(s) || ORG_HINTS.test(s) || GATHERING_WORDS.test(s)) return false;
  return proper >= 2 || (proper >= 1 && tokens.length >= 2 && /^\p{Lu}\.$/u.test(tokens[0]));
}

/** A handle: @name, or a lowercase user name like "nacyot" or "1ambda". */
function handleOf(s: string, allowBare: boolean, check: NameCheck): string | null {
  const t = s.trim();
  let m = /^@([A-Za-z0-9_][\w.-]{0,38})$/.exec(t);
  if (m) return m[1];
  m = /^(?:https?:\/\/)?([a-z0-9][a-z0-9-]{0,38})\.github\.io\/?$/i.exec(t);
  if (m) return m[1];
  m = /^(?:https?:\/\/)?(?:github\.com|twitter\.com|x\.com)\/([A-Za-z0-9_][\w.-]{0,38})\/?$/i.exec(t);
  if (m) return m[1];
  if (allowBare && /^[a-z0-9][a-z0-9_.-]{2,24}$/.test(t) && /[a-z]/.test(t) && !LATIN_NOT_NAMES.has(t) && !check.isKnownNonPerson?.(t)) return t;
  return null;
}

export type PersonStrength = 'strong' | 'weak';

const QUOTE = /["“”「」『』'‘’]/;

/** Whether a bare string is a person's name, and how sure we are. */
export function personName(s: string, check: NameCheck = {}): PersonStrength | null {
  const t = s.trim();
  // Quotes inside a word ("O'Brien") do not count; most names have no quote at all.
  if (!t || t.length > 40 || (QUOTE.test(t) && QUOTE.test(t.replace(/(\p{L})['’](\p{L})/gu, '$1$2')))) return null;
  if (isKoreanName(t)) return 'strong';
  // (A foreign name in Hangul that its Latin letters in brackets showed to be one: "레베카 오코너 (Rebecca O'Connor)".)
  if (t.includes(NAME_JOINER) && !t.includes(' ') && FOREIGN_NAME_IN_HANGUL.test(t.replaceAll(NAME_JOINER, ' '))) return 'strong';
  if (isJapaneseName(t, true)) return 'strong';
  const latin = latinName(t, check);
  if (latin) return latin;
  if (isJapaneseName(t, false)) return 'weak';
  return null;
}

function cleanName(s: string): { name: string; honorific: boolean } {
  let t = s.trim();
  let honorific = false;
  const before = t.replace(HONORIFICS_BEFORE, '');
  if (before !== t) (t = before), (honorific = true);
  const after = t.replace(HONORIFICS_AFTER, '');
  if (after !== t && after.length) (t = after.trim()), (honorific = true);
  return { name: t, honorific };
}

/** A remark where an organisation would be: "(인턴이라고 하심)", "(会社名聞き逃した)", "(소속은 안 밝히심)", "(company? missed it)". */
// ("ソウルから出向中", "신입, 첫 발표": where they came from, how new they are; no organisation.)
export const ORG_REMARK = /聞き逃|忘れ|不明|わから|気がする|言ってな|밝히|모름|모르|까먹|라고\s*하심|라고\s*함|missed it|didn'?t catch|not sure|unknown|^[\u3131-\u3163\s~!?.]+$|出向|못\s*(?:적|들|봤|봄)|!!|！！|비공개|非公開|社名\s*NG|伏せ|undisclosed|withheld|^(?:(?:a\s+)?start-?up|스타트업|スタートアップ|某\S{0,12}|개인\s*발표|個人発表|요약|정리|summary|まとめ)$|^(?:신입|인턴|新人|新卒|インターン)$|^\d{1,3}\s*(?:분|分|min(?:utes?|s)?)$/iu;

function cleanOrg(s: string): string | null {
  const t = s
    .replace(/\S+@\S+\.\S+/g, '')
    .replace(/https?:\/\/\S+/g, '')
    // "(both Lumenpay)", "(둘 다 별빛모빌리티)", "（ともにX社）", ", both from Pinecrest Health": the organisation of every speaker before it.
    .replace(/^(?:both|all(?: of them)?|all three|둘\s*다|모두|셋\s*다|ともに|共に|いずれも|お二人とも)\s+/iu, '')
    .replace(/^(?:(?:at|from|of)(?![\p{L}\p{N}&])|@|소속|所属)\s*[:：]?\s*/iu, '')
    .replace(/^[\s,;:/|·・–—-]+|[\s,;:/|·・–—-]+$/g, '')
    .replace(/^[(（]\s*([^()（）]*?)\s*[)）](?:\s*※.*)?$/u, '$1')
    // "株式会社オカザキクラウドの中の人とのこと", "ミノ電子の方らしい": what the writer heard after the organisation.
    .replace(/(?:の(?:中の人|社員|方|人))?(?:とのこと|らしい|だそう|だって)?。?$/u, '')
    .trim();
  // "platform eng @ Brightkettle", "Staff Engineer at HashiCorp": a role, then where they work.
  const at = t.includes('@') || t.includes(' at ') ? ROLE_THEN_PLACE.exec(t) : null;
  // ("Infra Eng @ Sakura Pixel": an at sign between spaces puts the organisation after whatever role is before it.)
  const org = at && (ROLE_WORDS.test(at[1]) || /^[a-z][a-z\s.&/-]*$/.test(at[1]) || t.includes(' @ ')) ? at[2] : t;
  return org && org.length <= 60 && !ORG_REMARK.test(org) && !NO_ORGANISATION.test(org) && !FORMER_EMPLOYER.test(org) ? withoutTrailingRole(withoutNameInOtherScript(org)) : null;
}
/** "ex-Google Cloud", "formerly at Acme", "전 직장: …", "前職：…": where someone worked before, no organisation of theirs now. */
const FORMER_EMPLOYER = /^(?:ex-|ex\s+|former(?:ly)?\s+(?:at\s+|of\s+)?|전\s*직장\s*[:：]?|前職\s*[:：]?)/iu;

/** "株式会社サクラテック (Sakura Tech)", "ハヌル・クラウド (하늘클라우드)": an organisation's name, then the same in another script in brackets; the first. */
function withoutNameInOtherScript(org: string): string {
  const c = org.charCodeAt(org.length - 1);
  if (c !== 41 && c !== 0xff09) return org;
  const m = /^(.+?)\s*[(（]([^()（）]{2,30})[)）]$/u.exec(org);
  if (!m) return org;
  const script = (t: string): string => (/[가-힣]/u.test(t) ? 'ko' : /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(t) ? 'ja' : /\p{sc=Latin}/u.test(t) ? 'latin' : '');
  const [own, other] = [script(m[1]), script(m[2])];
  return own && other && own !== other ? m[1] : org;
}

/** "하늘페이 플랫폼팀", "株式会社ミライクラウド CTO", "Acme Retail SRE": the organisation without the role or team after it. */
function withoutTrailingRole(org: string): string {
  let t = org;
  for (let guard = 0; guard < 3; guard++) {
    const space = t.lastIndexOf(' ');
    if (space <= 0) break;
    const last = t.slice(space + 1);
    if (!(ROLE_ONLY.test(last) || TEAM_WORDS.test(last))) break;
    t = t.slice(0, space).trimEnd();
  }
  return t;
}

/** Titles said with 님 that name no one: "팀장님", "사장님", "강사님". */
const KO_TITLES_HONOURED = /^(?:선배|후배|팀장|사장|대표|부장|과장|차장|실장|이사|상무|전무|고객|강사|연사|교수|선생|기자|작가|회장|원장|소장|리더|형님|누님|언니|오빠|여러|모두|다들)$/u;
const KANA_NICKNAME = /^[\p{sc=Hiragana}\p{sc=Katakana}ー]{2,8}$/u;
/** Kana words an honorific follows that name no one in particular ("みなさん", "お客さん"). */
const KANA_NOT_NAMES = new Set(['みな', 'みんな', 'おきゃく', 'おじ', 'おば', 'おにい', 'おねえ', 'おかあ', 'おとう', 'おくさ', 'スタッフ', 'メンバー', 'ゲスト', 'スポンサー']);

interface Segment {
  text: string;
  person: PersonStrength | null;
  name: string;
  handle: string | undefined;
  org: string | undefined;
  role: string | undefined;
}

/** Every segment is made here, with all its fields in one order: parseSpeakers reads them with one shape (segments of varying shapes deoptimised it again and again). */
function segment(text: string, person: PersonStrength | null, name: string, handle?: string, org?: string, role?: string): Segment {
  return { text, person, name, handle, org, role };
}

/**
 * Reads one person segment: "김대권 @nacyo_t SMARTSTUDY SRE팀", "Jane Doe", "山本 さくら 様",
 * "ZEPL 1ambda.github.io". Returns the person part and what follows it.
 */
function readSegment(raw: string, allowBareHandle: boolean, check: NameCheck): Segment {
  // "Planetary Scientist at TU Delft", "Head of Platform Security": a role (at an organisation), not a person.
  const roleAt = /^(.{2,60}?)\s+(?:at|@)\s+\S/i.exec(raw.trim());
  if ((roleAt && ROLE_WORDS.test(roleAt[1])) || /^(?:head|vp|director|chief)\s+of\s/i.test(raw.trim())) return segment(raw.trim(), null, raw.trim());
  // A job title before the name: "CTO Kevin Lee", "SRE 김철수".
  const lead = /^((?:\p{Lu}{2,5}|Principal|Staff|Senior|Lead|Head of \S+)\s+)(?=\S+)/u.exec(raw.trim());
  if (lead && ROLE_WORDS.test(lead[1])) {
    const rest = readSegment(raw.trim().slice(lead[1].length), allowBareHandle, check);
    if (rest.person) return segment(rest.text, rest.person, rest.name, rest.handle, rest.org, rest.role ?? lead[1].trim());
  }
  // "Arjun Mehta (@arjun_ops)": a name and its handle.
  const withHandle = raw.includes('@') ? /^(.{2,40}?)\s*[(（]@([\w.-]{1,39})[)）]$/u.exec(raw.trim()) : null;
  if (withHandle && personName(cleanName(withHandle[1]).name, check)) return segment(raw.trim(), 'strong', cleanName(withHandle[1]).name, withHandle[2]);
  const { name: text, honorific } = cleanName(raw);
  const latinTokens = text.split(/\s+/);
  if (latinTokens.length >= 3 && latinTokens.length <= 4 && !isGivenName(latinTokens[0]) && isGivenName(latinTokens[1])) {
    const rest = latinTokens.slice(1).join(' ');
    if (latinName(rest, check) === 'strong') return segment(text, 'strong', rest, undefined, cleanOrg(latinTokens[0]) ?? undefined);
  }
  // "森さん": a one-character family name counts with its honorific; so does a nickname in kana ("ひぐち さん", "たけうち さん").
  // ("보라님", "준호님": a colleague's given name with the honorific, not a title with it, "팀장님", "사장님".)
  const whole = personName(text, check) ?? (honorific && (/^[\p{sc=Han}]$/u.test(text) || (KANA_NICKNAME.test(text) && !KANA_NOT_NAMES.has(text)) || isKoreanName(text, true) || (/^[가-힣]{2}$/u.test(text) && !KO_NOT_NAMES.has(text) && !KO_TITLES_HONOURED.test(text))) ? 'strong' : null);
  if (whole === 'weak' && !honorific) {
    // "Red Hat Katarzyna Hall" has the shape of one long name; a known full name at its end is the person.
    const orgFirst = orgBeforeName(text.split(/\s+/), check);
    if (orgFirst) return orgFirst;
  }
  if (whole) return segment(text, honorific ? 'strong' : whole, text);
  const handle = handleOf(text, allowBareHandle, check);
  if (handle) return segment(text, text.startsWith('@') ? 'strong' : 'weak', handle, handle);
  // A name followed by a handle, an organisation or a team.
  const tokens = text.split(/\s+/);
  const company = companyFirst(tokens, check);
  if (company) return company;
  const orgFirst = orgBeforeName(tokens, check);
  if (orgFirst) return orgFirst;
  // "배민 김태희": a short company before a three-syllable Korean name (both read as names; the full name is the person).
  if (tokens.length === 2 && /^[가-힣]{2}$/.test(tokens[0]) && /^[가-힣]{3}$/.test(tokens[1]) && personName(tokens[1], check) === 'strong') {
    return segment(text, 'strong', tokens[1], undefined, tokens[0]);
  }
  for (let n = Math.min(4, tokens.length - 1); n >= 1; n--) {
    const head = cleanName(tokens.slice(0, n).join(' '));
    const strength = personName(head.name, check);
    if (!strength) continue;
    // "Capacity Planning with PagerDuty" is a title, not a person and an organisation.
    if (/^(?:with|for|of|in|on|to|the|from|into|using|vs\.?|and|or|a|an|is|are|as)\b/i.test(tokens[n] ?? '')) continue;
    const seg = segment(text, strength === 'weak' && head.honorific ? 'strong' : strength, head.name);
    const rest: string[] = [];
    for (const tok of tokens.slice(n)) {
      const h = handleOf(tok, false, check);
      if (h && !seg.handle) seg.handle = h;
      else if (TEAM_WORDS.test(tok) || ROLE_WORDS.test(tok)) seg.role = seg.role ? `${seg.role} ${tok}` : tok;
      else rest.push(tok);
    }
    // A name followed by a whole sentence is prose, not a speaker.
    if (rest.length > 4 || /(?:[다음함요됨]|습니다|です|ます)$/u.test(rest[rest.length - 1] ?? '')) return segment(text, null, text);
    if (rest.length) seg.org = cleanOrg(rest.join(' ')) ?? undefined;
    // (Not a Latin name of no known given name before more capitalised words: "Ten Thousand Pipelines Later" is a title.)
    const bareLatin = strength === 'weak' && !seg.handle && !seg.role && !head.honorific && /^[\p{sc=Latin}\s'’.-]+$/u.test(text) && rest.every((t) => /^\p{Lu}/u.test(t));
    if ((seg.handle || seg.org || seg.role || head.honorific) && !bareLatin) seg.person = 'strong';
    return seg;
  }
  // An organisation followed by a handle ("ZEPL 1ambda.github.io").
  if (tokens.length >= 2) {
    const h = handleOf(tokens[tokens.length - 1], false, check);
    if (h) return segment(text, 'strong', h, h, cleanOrg(tokens.slice(0, -1).join(' ')) ?? undefined);
  }
  return segment(text, null, text);
}

/**
 * "アマゾン ウェブ サービス ジャパン合同会社 技術統括本部 ソリューションアーキテクト 山田 太郎": a Japanese
 * company (its words up to the one with 株式会社 or 合同会社), its department and role, then the
 * person's family and given names, as a programme prints them.
 */
function companyFirst(tokens: string[], check: NameCheck): Segment | null {
  if (tokens.length < 3 || tokens.length > 9) return null;
  const k = tokens.findIndex((t) => JA_COMPANY.test(t));
  if (k < 0 || k > 4 || k > tokens.length - 3) return null;
  const name = tokens.slice(-2).join(' ');
  if (!/^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,4} [\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,4}$/u.test(name) || personName(name, check) !== 'strong') return null;
  return segment(tokens.join(' '), 'strong', name, undefined, tokens.slice(0, k + 1).join(' '));
}
const JA_COMPANY = /^(?:株式会社|合同会社|有限会社)|(?:株式会社|合同会社|有限会社)$/u;

/**
 * "Red Hat 한은지", "Capital One Katarzyna Hall": an organisation, then a full name. Only when no
 * leading words are a full name themselves ("Kevin Lee Google" is a name, then an organisation).
 */
function orgBeforeName(tokens: string[], check: NameCheck): Segment | null {
  if (tokens.length < 2 || tokens.length > 5) return null;
  for (let n = 1; n <= Math.min(4, tokens.length - 1); n++) if (personName(cleanName(tokens.slice(0, n).join(' ')).name, check) === 'strong') return null;
  for (let n = Math.min(3, tokens.length - 1); n >= 1; n--) {
    const tail = cleanName(tokens.slice(tokens.length - n).join(' '));
    // (After a vendor's name a name of no known given name is the person too: "Amazon Aoife Müller".)
    const person = personName(tail.name, check);
    if (person !== 'strong' && !(person === 'weak' && tokens.length - n === 1 && VENDOR_WORD.test(tokens[0]))) continue;
    // "…통합 모니터링으로 시장 변화" is a sentence: a two-syllable Korean word reads as a name too easily.
    if (/^[가-힣]{2}$/.test(tail.name) && !tail.honorific) return null;
    if (tokens.length - n > 3 || tokens.slice(0, tokens.length - n).some((t) => /(?:에서|으로|[을를은는이가의에로])$/.test(t))) return null;
    const head = tokens.slice(0, tokens.length - n).join(' ');
    if (ROLE_WORDS.test(head) || TEAM_WORDS.test(head) || handleOf(head, false, check)) return null;
    const org = cleanOrg(head);
    return org ? segment(tokens.join(' '), 'strong', tail.name, undefined, org) : null;
  }
  return null;
}

/**
 * Splits "A, B and C" into parts, keeping parenthesised groups whole. `spans`, when given, gets
 * three numbers per part: where its text began and ended in `s`, and 1 when an ampersand ended
 * it ("Crumb & Co Bakeries" may be one organisation), 2 a conjunction ("and", "와"). Numbers, not objects: it runs for every
 * speaker list of every extraction.
 */
function splitTopLevel(s: string, spans?: number[]): string[] {
  const parts: string[] = [];
  let depth = 0;
  // Parts are slices of the line from `from`: no string is built a character at a time.
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40 || c === 0xff08 || c === 91) depth++;
    else if ((c === 41 || c === 0xff09 || c === 93) && depth > 0) depth--;
    if (depth === 0) {
      if (isListSeparator(c)) {
        if (pushTrimmed(parts, s.slice(from, i)) && spans) spans.push(from, i, c === 38 || c === 0xff06 ? 1 : 0);
        from = i + 1;
        continue;
      }
      // The conjunction starts with white space: elsewhere it cannot match.
      if (!isWhiteSpace(c)) continue;
      CONJUNCTION.lastIndex = i;
      const conj = CONJUNCTION.exec(s);
      if (conj) {
        if (pushTrimmed(parts, s.slice(from, i)) && spans) spans.push(from, i, 2);
        i += conj[0].length - 1;
        from = i + 1;
        continue;
      }
    }
  }
  if (pushTrimmed(parts, s.slice(from)) && spans) spans.push(from, s.length, 0);
  return parts;
}

/** Pushes the part, trimmed, unless it is empty; whether it did. */
function pushTrimmed(parts: string[], part: string): boolean {
  const trimmed = part.trim();
  if (trimmed) parts.push(trimmed);
  return !!trimmed;
}

/** , 、 ， ; / ／ · & ＆ | */
function isListSeparator(c: number): boolean {
  return c === 44 || c === 0x3001 || c === 0xff0c || c === 59 || c === 47 || c === 0xff0f || c === 0xb7 || c === 38 || c === 0xff06 || c === 124;
}

/** " and ", " 와 ", " と ", " + ", " ＋ " between two names (sticky: tried where the scan stands). */
const CONJUNCTION = /\s+(?:and|와|과|및|と|\+|＋)\s+/iy;

export interface SpeakerParse {
  speakers: Speaker[];
  /** Every person was recognised with confidence (a full name, a handle with @, or name plus org). */
  strong: boolean;
}

/**
 * Reads a list of speakers with their organisations: "Jane Doe, Acme", "A, B (Acme)",
 * "김현수(RedHat, hykim@redhat.com)", "山田 太郎 様, 株式会社サンプル", "발표: 이지은 님 (당근마켓)".
 * `allowBareHandle` accepts a lone lowercase user name ("nacyot"), only safe right after a title's dash.
 * Returns null when the text is not a list of people.
 */
/** People, then an organisation's label and the organisation (group 2). */
const SPEAKER_AND_ORG_LABEL = new RegExp(String.raw`^${SPEAKER_LABEL_WORDS}\s*[/／]\s*(?:所属|소속|affiliation|company|org(?:anisation|anization)?)\s*[:：]\s*`, 'iu');
const ORG_LABEL_AFTER = /^(.{2,80}?)[\s　,、，/｜|]+(?:所属|소속|affiliation|company|org(?:anisation|anization)?)\s*[:：]\s*(\S.{1,60})$/iu;

const MODERATOR_AFTER = /(?<=[)）])(\s*[／/,、，;]\s*)(?:モデレーター|司会|모더레이터|사회(?:자)?)\s*[:：]?\s*/gu;
const KO_ORG_POSSESSIVE = /^([^\s의]{2,20}|[^\s]{2,12}\s[^\s]{2,12})의\s+([가-힣]{2,4})\s?님(?:\s?(?:과|와|,)\s*([가-힣]{2,4})\s?님)?(?:\s*[(（][^()（）]{1,30}[)）])?$/u;
const NAME_ROLE_ORG = /^([^/|,()]{2,30}?)\s*([/|])\s*([^/|,()]{2,40}?)\s*\2\s*([^/|,()]{2,40})$/u;
const PEOPLE_WITH_ORGS = /^(?:[^(),]{2,40}\([^()]{2,50}\)\s*(?:,|&|and)\s*){2,}[^(),]{2,40}\([^()]{2,50}\)$/u;
/** Two Korean full names (a syllable of a surname and one or two more), 과 or 와 on the first, what follows (group 3). */
const JOINED_HANGUL_NAMES = /^([가-힣]{2,3})[과와]\s+([가-힣]{2,4}(?:\s*님)?)(\s*(?:[（(/／].*)?)$/u;
/** Two full names of kanji without a space (kana may end one: "森本あかり"), a middle dot or と between, what follows (group 3). Family names alone ("高橋・石川") are read elsewhere. */
const JOINED_KANJI_NAMES = /^(\p{sc=Han}{2,3}[\p{sc=Han}\p{sc=Hiragana}]{1,3}?(?:さん|氏)?)\s*[・と]\s*(\p{sc=Han}{2,3}[\p{sc=Han}\p{sc=Hiragana}]{1,3}?(?:さん|氏)?)(\s*(?:[（(/／].*)?)$/u;

const LAST_FIRST = /(^|[;/]\s*|(?<=[)）]),\s*|\s(?:and|&)\s)(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?),\s(\p{Lu}[\p{Ll}'’-]+)(?=\s*[(（;/]|\s(?:and|&)\s|$)/gu;

const QUOTED_NICKNAME = /(\p{L}[\p{L}.'-]*)\s+["“][\p{L}\d_.-]{1,20}["”]\s+(?=\p{L})/gu;

/**
 * `s` with the second writing of one person's name left out: "KIM Cheolsu / キム・チョルス（Org）" (a name in Latin
 * letters, a slash, the same in kana or Hangul), "김민수（キム・ミンス）さん" (a Korean name, its reading in katakana).
 * A second writing in brackets in other scripts is left out before (withoutSecondScript).
 */
function oneNameInTwoScripts(s: string, check: NameCheck): string {
  const slash = s.includes('/') || s.includes('／') ? ONE_NAME_SLASH_OTHER.exec(s) : null;
  // (The other writing reads as a name: a Korean one, or words set apart by a middle dot or a space; not "Emily Park / 핀테크랩".)
  // (In kanji, the romanised words must read as romaji: "Yuki Mori / 森 優希 さん", not "Emily Carter / 田中 一郎".)
  const other = slash?.[2].trim() ?? '';
  const kanji = /\p{sc=Han}/u.test(other);
  if (slash && latinName(slash[1].trim(), check) && (kanji ? sameName(other, slash[1].trim()) && /\s/u.test(other) : isKoreanName(other) || /[・･\s]/u.test(other))) {
    // ("Minsu Kim / 김민수 씨, Hanbit Commerce": the organisation after a comma, as in brackets.)
    const org = slash[3] ? slash[3].replace(/^\s*[,，]\s*(.+)$/u, ' ($1)') : '';
    return slash[1].trim() + org;
  }
  // ("박서연 / Seoyeon Park (Org)", "渡辺 拓也 / Takuya Watanabe": the native name first, then its romanisation.)
  const reverse = s.includes('/') || s.includes('／') ? NATIVE_SLASH_ROMANISED.exec(s) : null;
  if (reverse && sameName(reverse[1].replace(/\s?(?:님|씨|さん|様|氏)$/u, ''), reverse[2])) return reverse[1] + (reverse[3] ?? '');
  // ("김민수（キム・ミンス）さん / 토스": a Korean name, its reading in katakana, then an honorific and the rest.)
  const reading = s.includes('（') || s.includes('(') ? /^([가-힣]{2,4})\s*[(（][\p{sc=Katakana}ー・･ ]{2,14}[)）](.*)$/u.exec(s) : null;
  if (reading) return reading[1] + reading[2];
  return s;
}

/** "KIM Cheolsu / キム・チョルス（Org）", "Yuki Mori / 森 優希 さん", "Minsu Kim / 김민수 씨, Org": a name in Latin letters, a slash, the same in another script (group 2), an honorific, the organisation (group 3). */
const ONE_NAME_SLASH_OTHER = /^([A-Za-z][A-Za-z .'-]{2,30}?)\s*[/／]\s*([\p{sc=Katakana}\p{sc=Hangul}\p{sc=Han}ー・･\s]{2,14}?)(?:\s*(?:씨|님|さん|様|氏))?(\s*[(（][^()（）]{1,40}[)）]|\s*[,，]\s*[^,，/／()（）]{2,40})?$/u;

/**
 * A line of people without the emphasis the writer put on it or on the names ("*Priya Raman — HashiCorp*", "**Arjun
 * Mehta** & **Fiona Walsh**, Org"; not a title in bold before its people, "**Golden paths** — Priya Raman (Org)") and
 * without the links after them ("Name, Org · [S] https://… · [V] https://…").
 */
export function withoutEmphasisAndLinks(s: string): string {
  const plain = s.includes('*') ? s.replace(BOLD_NAME, '$1').replace(/^\*([^*]+)\*$/u, '$1').trim() : s;
  return plain.includes('://') || plain.includes('](') ? plain.replace(TRAILING_LINKS, '') : plain;
}
/** "**Arjun Mehta** & …", "…, **Fiona Walsh**, Org": a name in bold (1) among people, a separator or the end after it. */
const BOLD_NAME = /\*\*([^*]{2,40})\*\*(?=\s*(?:,|，|、|&|\band\b|$))/gu;
/** " · [S] https://…", " | [Slides](…)": links after the people, each after a separator. */
const TRAILING_LINKS = /(?:\s+[·|•]\s+(?:\[[^\]]{1,12}\]\s*)?(?:https?:\/\/\S+|\[[^\]]*\]\([^)]*\)))+\s*$/u;
/** A person's name of two or three Latin words (1), a comma, a role (2), a dash or a comma, the organisation (3). */
const NAME_ROLE_THEN_ORG = /^(\p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+){1,2}),\s+([^,—–()]{2,40}?)\s*(?:[—–]|,)\s*([^,—–()]{2,40})$/u;
/** People (1), a long dash, then an organisation (2) that starts with a capital or in Hangul or kanji. */
const PEOPLE_DASH_ORG = /^([^—–()（）]+?)\s+(?:[—–]|--)\s+([\p{Lu}\p{sc=Hangul}\p{sc=Han}\p{sc=Katakana}][^—–(),，、]{1,40})$/u;
const PEOPLE_SEPARATOR = /\s*(?:,|，|、|&|\band\b)\s*/u;
/** A bracket opened, with no bracket after it, at the end of the text. */
const UNCLOSED_LAST = /[(（][^()（）]+$/u;

/** A Korean or Japanese name, maybe with an honorific (group 1), a slash, its romanisation (2), then the organisation in brackets (3). */
const NATIVE_SLASH_ROMANISED = /^((?:[가-힣]{2,4}|\p{sc=Han}{1,3}\s?[\p{sc=Han}\p{sc=Hiragana}]{1,3})(?:\s?(?:님|씨|さん|様|氏))?)\s*[/／]\s*([A-Z][a-z]+(?:[\s-][A-Za-z][a-z]+){1,2})(\s*[(（][^()（）]{1,40}[)）])?$/u;
/** A Korean or Japanese name, maybe an honorific, then its romanisation in brackets ("김민수 (Minsu Kim)", "정하늘 씨 (Haneul Jung)", "田中 一郎 (Ichiro Tanaka)"). */
// ("ジェシカ・ライトさん (Jessica Wright)", "레베카 오코너 (Rebecca O'Connor)": a foreign name written in katakana or Hangul, its
// parts set apart as in Latin letters.)
const ROMANISED_AFTER = /(?<![가-힣\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])((?:[\p{sc=Katakana}ー]{2,10}(?:[・･＝=][\p{sc=Katakana}ー]{2,10}){1,2}|[가-힣]{2,5}(?: [가-힣]{2,5}){1,2}|[가-힣]{2,4}|\p{sc=Han}{1,3}\s?[\p{sc=Han}\p{sc=Hiragana}]{1,3})(?:\s?(?:님|씨|さん|様|氏))?)\s*[(（](\p{Lu}[\p{Ll}'’]+(?:[\s-]\p{Lu}?[\p{Ll}'’]*\p{Lu}?[\p{Ll}'’]+){1,2})[)）]/gu;
/** A romanised name, then the name in Hangul or kanji in brackets ("Park Jiyeon (박지연)", "Haruto Sato (佐藤 陽翔)"). */
// ("Chris Evans (クリス・エヴァンス)", "Kim Soo-jin (김수진 / キム・スジン)": in katakana, or in two scripts.)
const NATIVE_NAME = String.raw`(?:[가-힣]{2,4}|\p{sc=Han}{1,3}\s?[\p{sc=Han}\p{sc=Hiragana}]{1,3}|[\p{sc=Katakana}ー]{2,10}(?:[・･][\p{sc=Katakana}ー]{2,10}){1,2})`;
// ("Ryan Park (박라이언, Solutions Engineer)": the name first in the brackets, what else they say after a comma, group 3.)
const NATIVE_AFTER = new RegExp(String.raw`(?<!\p{L})(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+(?:-\p{Ll}+)?){1,2})\s*[(（](${NATIVE_NAME}(?:\s*[/／]\s*${NATIVE_NAME})?)(?:\s*[,，、]\s*([^()（）]{1,60}))?[)）]`, 'gu');

/**
 * `s` with each person's name in a second script, in brackets after the first, left out: "김민수 (Minsu Kim) 님／Org",
 * "Park Jiyeon (박지연) — Org", "Haruto Sato (佐藤 陽翔) — Org; …" (a Korean family name among the Latin words, or
 * Latin words that end as romaji do), so that the brackets are not read as an organisation.
 */
function withoutSecondScript(s: string): string {
  if (!s.includes('(') && !s.includes('（')) return s;
  // ("ハヌル・クラウド (하늘클라우드)", "하늘클라우드 (ハヌル・クラウド)": a Korean name in katakana and in Hangul.)
  const kana = /[\p{sc=Katakana}]/u.test(s) && /[가-힣]/u.test(s) ? s.replace(KATAKANA_AND_HANGUL, '$1$2') : s;
  const out = kana.replace(ROMANISED_AFTER, (all, native: string, latin: string) => (sameName(native, latin) ? (FOREIGN_NAME_IN_HANGUL.test(native) ? native.replaceAll(' ', NAME_JOINER) : native) : all)).replace(NATIVE_AFTER, (all, latin: string, native: string, rest?: string) => (native.split(/\s*[/／]\s*/u).some((n) => sameName(n, latin)) ? (rest ? `${latin} (${rest})` : latin) : all));
  // ("Tanaka Yui (田中 結衣), Sakura Ledger": who writes a name twice writes each person's so; what has one writing after
  // the last comma is their organisation.)
  const last = out !== s ? LAST_AFTER_COMMA.exec(s) : null;
  return last && !/[(（]/u.test(last[2]) && /[)）]$/u.test(last[1]) ? out.replace(/\s*[,，]\s*([^,，]+)$/u, ' ($1)') : out;
}
/** A name in katakana then in Hangul in brackets (group 1), or in Hangul then in katakana (group 2). */
const KATAKANA_AND_HANGUL = /([\p{sc=Katakana}ー][\p{sc=Katakana}ー・･]{1,20})\s*[(（][가-힣][가-힣 ]{1,20}[)）]|([가-힣][가-힣 ]{1,20})(?=\s*[(（][\p{sc=Katakana}ー][\p{sc=Katakana}ー・･]{1,20}[)）])\s*[(（][^()（）]+[)）]/gu;
/** "레베카 오코너": a name of two or three words in Hangul of two syllables or more (no honorific, 님 or 씨, among them: a foreign name, its parts apart). */
const FOREIGN_NAME_IN_HANGUL = /^[가-힣]{2,5}(?: [가-힣]{2,5}){1,2}$/u;
/** The text up to its last comma (group 1), and after it (group 2). */
const LAST_AFTER_COMMA = /^(.*?)\s*[,，]\s*([^,，]+)$/u;
/** Whether Latin words may be a romanisation of a Korean name (its family name among them) or of a Japanese one. */
function sameName(native: string, latin: string): boolean {
  const words = latin.split(/[\s-]/);
  // (A foreign name in katakana or Hangul: as many parts as Latin words.)
  const bare = native.replace(/\s?(?:님|씨|さん|様|氏)$/u, '');
  if (/^[\p{sc=Katakana}ー]+[・･＝=]/u.test(bare)) {
    // (Each part sounds as its word starts: "ジェシカ・ライト (Jessica Wright)", not "エミリー・ノヴァク (Tidewater Security)".)
    // ("キム・ミンス (Kim Min-su)": a hyphen inside a given name.)
    const parts = bare.split(/[・･＝=]/u);
    const spaced = latin.split(/\s+/u);
    return parts.length === spaced.length && parts.every((p, k) => KANA_INITIALS.get(p[0])?.includes(spaced[k][0].toLowerCase()) ?? false);
  }
  if (FOREIGN_NAME_IN_HANGUL.test(bare) && bare.split(' ').length === words.length && !looksLikeOrg(latin)) return isGivenName(words[0]) || isGivenName(words[words.length - 1]);
  // (The Korean name's family name, its first syllable, romanised among the words: "Kim Minsu (당근)" names an organisation.)
  if (/^[가-힣]/u.test(native)) {
    const romanised = KO_SURNAME_ROMANISED[native[0]]?.split(' ') ?? [];
    return words.some((w) => romanised.includes(w.toLowerCase()));
  }
  return words.every((w) => ROMANISED_JAPANESE.test(w));
}
/** The Latin letters a word may start with, by the first kana of its katakana spelling ("ジ": j or g, "ラ": r, l or w as in Wright). */
const KANA_INITIALS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['アイウエオァィゥェォ', 'aeiouyáéíóú'], ['カキクケコ', 'kcqx'], ['ガギグゲゴ', 'gj'], ['サスセソ', 'scxz'], ['シ', 'sc'], ['ザズゼゾジ', 'zjgsx'],
      ['タテト', 'tc'], ['チツ', 'ctk'], ['ダヂヅデド', 'd'], ['ナニヌネノ', 'n'], ['ハヒヘホ', 'hw'], ['フ', 'fp'], ['バビブベボヴ', 'bv'],
      ['パピプペポ', 'p'], ['マミムメモ', 'm'], ['ヤユヨ', 'yji'], ['ラリルレロ', 'rlw'], ['ワヲ', 'wvo'],
    ] as Array<[string, string]>
  ).flatMap(([kana, initials]) => [...kana].map((k): [string, string] => [k, initials])),
);

/** Korean family names, and how each is romanised. */
const KO_SURNAME_ROMANISED: Record<string, string> = {
  김: 'kim gim', 이: 'lee yi rhee ri i', 박: 'park pak bak', 최: 'choi choe', 정: 'jung jeong chung', 강: 'kang gang', 조: 'cho jo', 윤: 'yoon yun', 장: 'jang chang', 임: 'lim im rim',
  한: 'han', 오: 'oh o', 서: 'seo suh', 신: 'shin sin', 권: 'kwon gwon', 황: 'hwang', 안: 'ahn an', 송: 'song', 류: 'ryu yoo yu', 유: 'yoo yu', 전: 'jeon jun chun', 홍: 'hong',
  고: 'ko koh go', 문: 'moon mun', 양: 'yang', 손: 'son sohn', 배: 'bae', 백: 'baek paik', 허: 'heo hur', 남: 'nam', 노: 'noh roh no', 하: 'ha', 곽: 'kwak', 성: 'sung seong',
  차: 'cha', 주: 'joo ju', 우: 'woo u', 구: 'koo ku gu', 나: 'na ra', 민: 'min', 진: 'jin', 지: 'ji', 엄: 'um eom', 채: 'chae', 원: 'won', 천: 'chun cheon', 방: 'bang', 공: 'kong gong',
  현: 'hyun', 함: 'ham', 변: 'byun byeon', 염: 'yeom', 여: 'yeo', 추: 'choo chu', 도: 'do', 소: 'so', 석: 'seok', 선: 'sun', 설: 'seol', 마: 'ma', 길: 'gil', 연: 'yeon', 위: 'wi',
  표: 'pyo', 명: 'myung', 기: 'ki', 반: 'ban', 라: 'ra', 왕: 'wang', 옥: 'ok', 육: 'yook', 인: 'in', 맹: 'maeng', 제: 'je', 모: 'mo', 탁: 'tak',
};
const KO_ROMAN_SURNAMES = new Set(Object.values(KO_SURNAME_ROMANISED).join(' ').split(' '));

/**
 * "A, X; B, Y" as "A (X), B (Y)" when every part is a person's name, a comma, then something else; "A, Role, X; …"
 * (a schedule's "Marta Kowalczyk, Head of Platform, Allegro") as "A (Role, X), …"; `s` otherwise.
 */
function semicolonPairs(s: string, check: NameCheck): string {
  const parts = s.split(/\s*;\s*/u);
  if (parts.length < 2) return s;
  const pairs: string[] = [];
  for (const part of parts) {
    const comma = part.indexOf(',');
    if (comma < 0) return s;
    const second = part.indexOf(',', comma + 1);
    if (second >= 0 && (part.indexOf(',', second + 1) >= 0 || !ROLE_WORDS.test(part.slice(comma + 1, second)))) return s;
    const name = part.slice(0, comma).trim();
    const org = part.slice(comma + 1).trim();
    if (!org || !personName(name, check)) return s;
    pairs.push(`${name} (${org})`);
  }
  return pairs.join(', ');
}

const PERSON_REFERRED_TO = /^[(（]?(?:[가-힣]{2,4}\s?님\s*(?:의\s*)?(?:발표|세션|얘기|이야기|방식|자료|슬라이드|말씀|추천|덕분|참고|처럼)|\S{1,8}さんの(?:発表|話|資料|やり方|方法|スライド)(?:を)?(?:参考|参照)?)/u;

/** "나 (…)", "私（…）", "me (…)": the writer, then who they are in brackets (group 1). */
const WRITER_THEN_NAME = /^(?:나|저|本人|私|僕|自分|me|myself)\s*[(（]([^()（）]{3,70})[)）]$/iu;

/** "선임", "책임", "매니저": the ranks a Korean company calls a colleague by, after the given name. */
const KO_RANKS = '선임|책임|수석|주임|매니저|프로|대리|과장|차장|부장|팀장|리드';
/** "presented by …", "given by …": a sentence's words that say who gave the talk (the labels are SPEAKER_LABEL_COLON's). */
const PRESENTED_BY = /^(?:presented|given|delivered)\s+by\s/iu;
/**
 * "Marcus", "Yuna K.", "상우 선임", "준영 님", "佐々木さん", each with a remark in brackets (or, Latin, after a comma) or not: the name colleagues call one
 * another by (a given name, a rank after it, an initial for the family name), said only after a speakers' label.
 */
const CALLED_NAME = new RegExp(
  String.raw`^(\p{Lu}[\p{Ll}'’-]{1,15}(?:\s\p{Lu}\.)?|(?:\p{Lu}\.){2,3}(?=\s*(?:님|씨|さん|氏|様|$|[(（]))|[가-힣]{2,3}?(?=\s*(?:님|씨|${KO_RANKS}|$|[(（]))|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々]{1,6}(?=\s*(?:さん|氏|様)))\s*(?:님|씨|${KO_RANKS}|さん|氏|様)?\s*(?:[(（]([^()（）]{1,60})[)）]|,\s*([^,()（）]{2,40}))?$`,
  'u',
);
/** The writer, no one yet, everyone: no speaker's name. */
const NO_ONE_CALLED = /^(?:me|myself|i|tbd|tba|none|all|everyone|nobody|organi[sz]ers|staff|host|나|저|본인|미정|없음|다같이|전원|운영진|운영팀|스태프|私|自分|僕|本人|未定|なし|全員|みんな|運営|スタッフ)$/iu;

/** The one person a labelled line calls by the name colleagues use (CALLED_NAME), when nothing else read it; null otherwise. */
function calledByLabel(input: string, s: string): SpeakerParse | null {
  const m = s.length <= 80 ? CALLED_NAME.exec(s) : null;
  if (!m || NO_ONE_CALLED.test(m[1]) || ROLE_WORDS.test(m[1]) || TEAM_WORDS.test(m[1]) || ORG_HINTS.test(m[1])) return null;
  // (Without a label, only a known given name in Latin letters, "— Raj (payments)" after a title, or initials with an
  // honorific, "K.H.님 (스타트업)", "T.S.さん".)
  const unmarked = input.trim().replace(LEADING_EMOJI, '');
  const labelled = SPEAKER_LABEL_COLON.test(unmarked) || PRESENTED_BY.test(unmarked);
  const initials = /^(?:\p{Lu}\.){2,3}$/u.test(m[1]);
  if (!labelled && !(/^\p{Lu}[\p{Ll}'’-]+$/u.test(m[1]) && isGivenName(m[1])) && !(initials && /^(?:\p{Lu}\.){2,3}\s*(?:님|씨|さん|氏|様)/u.test(s))) return null;
  // ("(Kintetsu Digital, guest)", "(payments infra)": an organisation starts with a capital or another script; a remark, a role or a team does not.)
  // ("convener: Marnix, ING": or after a comma.)
  const inner = (m[2] ?? m[3])?.split(/\s*[,，、]\s*/u)[0] ?? '';
  const org = /^[\p{Lu}\p{sc=Hangul}\p{sc=Han}\p{sc=Katakana}]/u.test(inner) && !ROLE_WORDS.test(inner) && !/^(?:신입|新人|新卒)/u.test(inner) ? cleanOrg(inner) : null;
  return { speakers: [{ name: m[1], org }], strong: labelled || initials };
}

/** People named by where they work or what they do, not by name: "토스 분", "someone from Cloudflare", "the LINE Yahoo person", "某社の SRE さん", "ゲーム会社の方". */
const ANONYMOUS_PEOPLE = /^(?:[^\d()（）]{1,24}?\s분(?:\s*[+,&·]\s*[^\d()（）]{1,24}?\s분)*|(?:someone|somebody|a (?:person|guy|woman|man|dev|developer|engineer|speaker)|two|three|(?:the|an?)\s+(?:\S+\s+){1,3}(?:guy|person|people|folks|speaker|engineer|PMs?))(?:\s+from\s+.{2,40})?|(?:某|とある)\S{0,12}|[^\s()（）]{1,12}の(?:方|人))\s*(?:[(（][^()（）]*[)）])?$/iu;

/** The options parseSpeakers is given (its parts share them). */
type SpeakerOptions = { allowBareHandle?: boolean; lastFirstRead?: boolean } & NameCheck;

/**
 * The people (and their organisations, roles and handles) a text names, or null when it names none. Read in steps, each
 * a function of its own (V8 recompiles the step a rare text deoptimised, not the whole reading).
 */
export function parseSpeakers(written: string, options: SpeakerOptions = {}): SpeakerParse | null {
  // On a line labelled as the speakers': "講師: 田中 亮 さん(Org)/ TA: 3名" (the assistants after a slash), "Instructors: A +
  // B (both HashiCorp), she did most of the talking" (the writer's remark after the last bracket and a comma).
  const tail = written.length > 12 && (written.includes('/') || written.includes('／') || written.includes('), ') || written.includes('）, ')) && SPEAKER_LABEL_COLON.test(written) ? LABELLED_LINE_TAIL.exec(written) : null;
  if (tail && tail.index > 0) {
    const before = parseSpeakers(written.slice(0, tail.index + (tail[0].startsWith(')') || tail[0].startsWith('）') ? 1 : 0)), options);
    if (before?.strong) return before;
  }
  // ("Michael Chen (AWS) — 영어 세션, 동시통역", "이준호 (Lee Junho) — freelancer, ex-Kakao?": the writer's remark after the
  // last bracket and a dash; no organisation when the brackets gave theirs, nor when the whole reads as no one.)
  // (Not "Wen-Li Chou (周文立) — Pinnacle Analytics": words that may be an organisation.)
  const remark = written.includes(' — ') || written.includes(' – ') ? REMARK_AFTER_BRACKET.exec(written) : null;
  // (Only on a line labelled as the speakers': "Name (Org) — Title, Subtitle" is a talk's line.)
  if (remark && remark.index >= 2 && REMARK_SHAPE.test(remark[1]) && SPEAKER_LABEL_COLON.test(written) && !SECOND_SCRIPT_NAME_LAST.test(written.slice(0, remark.index + 1))) {
    const before = parseSpeakers(written.slice(0, remark.index + 1), options);
    if (before?.strong && before.speakers.every((sp) => sp.org)) return before;
    if (before?.strong) return parseSpeakersAsWritten(written, options) ?? before;
  }
  // ("えみりさん (@emiri_ops) フリーランス": after the brackets, a word saying they have no organisation.)
  const none = written.endsWith(')') || written.endsWith('）') ? null : NONE_AFTER_BRACKET.exec(written);
  if (none && NO_ORGANISATION_SAID.test(none[1])) {
    const before = parseSpeakersAsWritten(written.slice(0, none.index + 1), options);
    if (before?.strong && before.speakers.length === 1 && !before.speakers[0].org) return before;
  }
  // ("Lena Hoffmann, Sid Chaudhary, Wes Tran — all HashiCorp": one organisation said for everyone, after a dash.)
  const all = written.includes(' all ') || written.includes(' both ') ? ALL_OF_ONE_ORG.exec(written) : null;
  if (all) {
    // (Each of them read alone, one known to be a person: "A, B, C" together reads as two people and the organisation of both.)
    const people = written.slice(0, all.index).split(/\s*(?:,|、|&|\band\b)\s*/u).map((name) => parseSpeakersAsWritten(name, options));
    if (people.length >= 2 && people.every((p) => p?.speakers.length === 1 && !p.speakers[0].org) && people.some((p) => p!.strong)) return { speakers: people.map((p) => ({ ...p!.speakers[0], org: all[1].trim() })), strong: true };
  }
  // ("사회 신동원(AWSKRUG) / 정다은, Jason Park (AWS Heroes)", "mod: Nadia Brennan / Felix Adeyemi (Spotify), …": the
  // moderator first, a slash, then the panel.)
  const moderated = written.includes('/') || written.includes('／') ? MODERATOR_THEN_PANEL.exec(written) : null;
  if (moderated) {
    const host = parseSpeakersAsWritten(moderated[1], options);
    const panel = host?.strong && host.speakers.length === 1 ? parseSpeakers(moderated[2], options) : null;
    if (panel?.strong) return { speakers: [...host!.speakers, ...panel.speakers], strong: true };
  }
  return parseSpeakersAsWritten(written, options);
}
/** " — all HashiCorp", " - both from Mercari": everyone's organisation, after a dash (group 1). */
const ALL_OF_ONE_ORG = /\s+[—–-]\s+(?:all|both)\s+(?:(?:from|at|of)\s+)?([^,()（）]{2,40})$/iu;
/** "사회 Name(Org) / …", "moderator: Name / …": a moderator's label and one person (group 1), the rest after a slash (group 2). */
const MODERATOR_THEN_PANEL = new RegExp(String.raw`^(?:hosted by|司会者|진행(?:자)?|進行|${MODERATOR_WORDS})\s*[:：]?\s*([^/／]{2,60}?)\s+[/／]\s+(\S.*)$`, 'iu');
/** "/ TA: 3名", "| assistants: …": a workshop's helpers after a slash; "), she did most of the talking": a remark in lower case after a bracket. */
const LABELLED_LINE_TAIL = /\s*[/／|]\s*(?:TAs?|assistants?|helpers?|mentors?|チューター|サポート|助手|조교|보조\s*강사|멘토)\s*[:：].*$|[)）],\s+\p{Ll}[^()（）]{2,80}$/u;
/** A closing bracket, then one word to the end (group 1). */
const NONE_AFTER_BRACKET = /[)）]\s+(\S{2,16})$/u;
/** A closing bracket, a dash, then words without brackets to the end. */
const REMARK_AFTER_BRACKET = /[)）]\s+[—–]\s+([^()（）]+)$/u;
/** "Wen-Li Chou (周文立)": a name in Latin letters, then the same in kanji, Hangul or katakana (no organisation). */
const SECOND_SCRIPT_NAME_LAST = /\p{sc=Latin}\s*[(（](?:\p{sc=Han}{2,4}|[가-힣]{2,4}|[\p{sc=Katakana}・ー]{2,12})[)）]$/u;
/** A remark, not an organisation: in lower case first, with a comma, a slash or a question, or three words or more not in Latin letters. */
const REMARK_SHAPE = /^\p{Ll}|[,，、/／?？!！]|^[^\p{sc=Latin}](?:\S*\s+){2,}\S/u;

function parseSpeakersAsWritten(written: string, options: SpeakerOptions): SpeakerParse | null {
  // ("하동욱 (?? 회사 못 들음)  -> [수정] 카카오모빌리티": the writer's correction of the organisation in brackets, after an arrow.)
  const corrected = written.includes('>') || written.includes('→') ? CORRECTED_ORG.exec(written) : null;
  const given = corrected ? `${corrected[1]} (${corrected[2].trim()})` : written;
  // ("Priya Raman (HashiCorp) in conversation with Ben Achterberg (Northwind Bank)": a fireside chat's two people.)
  const input = given.includes(' with ') ? given.replace(IN_CONVERSATION_WITH, ' & ') : given;
  const s = peopleText(input, options);
  if (s === null) return null;
  if (!s.includes(NAME_JOINER)) return peopleOfText(s, options) ?? calledByLabel(input, s);
  // (A foreign name in Hangul, its parts joined while it was read: "레베카 오코너" is one person, not an organisation and a name.)
  const read = peopleOfText(s, options);
  return read && { ...read, speakers: read.speakers.map((sp) => (sp.name.includes(NAME_JOINER) ? { ...sp, name: sp.name.replaceAll(NAME_JOINER, ' ') } : sp)) };
}

/** " in conversation with ", ") with ": what joins the two people of a conversation on stage. */
const IN_CONVERSATION_WITH = /\s+in\s+conversation\s+with\s+(?=\p{Lu})|(?<=[)）])\s+with\s+(?=\p{Lu}\p{Ll}+\s\p{Lu})/u;

/** "Name (remark) -> [수정] Org", "Name (?) → 訂正: Org": the person (1) and the organisation the writer corrected it to (2). */
const CORRECTED_ORG = /^(.+?)\s*[(（][^()（）]*[)）]\s*(?:->|→)\s*(?:\[(?:수정|정정|訂正|修正|edit|fix(?:ed)?|update)\]|(?:수정|정정|訂正|修正|edit|correction|actually)\s*[:：]?)\s*([^()（）\s][^()（）]{0,30})$/iu;

/** What joins the parts of a name written in two scripts while the text is read (no white space: the name is not split at it). */
const NAME_JOINER = '\u2060';

function peopleOfText(text: string, options: SpeakerOptions): SpeakerParse | null {
  // ("ryan.k (김영호) / Team", "WATANABE Ichiro（渡邉 一郎）さん / Org": the name someone goes by, their other names in brackets.)
  if (text.includes('(') || text.includes('（')) {
    const known = personWithOtherNames(text, options);
    if (known) return { speakers: [known], strong: true };
  }
  let s: string | null = text;
  // ("SRE 佐藤", "基盤 鈴木・高橋", "情シス 渡辺さん": colleagues by their team and family names, at an in-house talk.)
  const team = text.length <= 24 ? TEAM_THEN_SURNAMES.exec(text) : null;
  if (team && !isJapaneseSurname(team[1])) {
    const names = team[2].split(/[・、,，]\s*/u);
    const org = ORG_HINTS.test(team[1]) ? team[1] : null;
    if (names.every(isJapaneseSurname)) return { speakers: names.map((name) => (org ? { name, org } : { name, org, role: team[1] })), strong: true };
  }
  const labelled = peopleWithOwnOrganisation(s, options);
  if (labelled) return labelled;
  s = withoutSentenceMarks(s);
  if (s === null) return null;
  const lastFirst = peopleLastNameFirst(s, options);
  if (lastFirst) return lastFirst;
  s = organisationsInBrackets(s, options);
  const each = peopleEachInBrackets(s, options);
  if (each) return each;
  return peopleAndOrganisations(s, options);
}

/** An account's site: "X", "GitHub", "connpass" … */
const ACCOUNT_SITE = String.raw`(?:x|twitter|github|gh|connpass|bluesky|bsky|mastodon|misskey|linkedin|qiita|zenn|note|blog|velog|tistory|facebook|fb|instagram|threads)`;
/**
 * "ryan.k (김영호) / 플랫폼팀", "헤일리(hailey.o, 오혜린) / Org", "WATANABE Ichiro（渡邉 一郎）さん / Org", "ぽんず（@ponzu_sre）さん",
 * "Daniel K. (@dkrause) / Org": the name someone goes by (1, in quotes or not), their other names in brackets (2), then
 * their organisation (3).
 */
const NAME_THEN_OTHER_NAMES = /^["“「]?([^\s()（）"“”「」/／,，、:：]{1,20}(?:\s[^\s()（）"“”「」/／,，、:：]{1,20}){0,2}?)["”」]?\s*(님|씨|さん|氏)?\s*[(（]([^()（）]{2,80})[)）]\s*(님|씨|さん|氏|様)?(?:\s*([/／|]|[—–-]{1,2}|[,，、])\s*(.{1,60}))?$/u;
/** "@dkrause", "@hsorensen on X", "X: @sohee_sre", ""hso" on HashiCorp Discuss": an account, a handle. */
const OTHER_NAME_ACCOUNT = new RegExp(String.raw`^(?:@[\w.-]{2,30}(?:\s+on\s+\S+(?:\s\S+)?)?|${ACCOUNT_SITE}\s*[:：]\s*@?[\w.-]{2,30}|["“][^"”]{1,20}["”]\s+on\s+\S.{0,30})$`, 'iu');
/** "hailey.o", "jm_cloud": a user name in lower case, a dot or an underscore in it. */
const OTHER_NAME_USER = /^[a-z][a-z0-9]*[._][a-z0-9._]{1,20}$/u;
/** "渡邉 一郎", "中村 ゆう": a Japanese name in kanji, family and given names apart. */
const OTHER_NAME_KANJI = /^[\p{sc=Han}々]{1,3}[ \u3000][\p{sc=Han}\p{sc=Hiragana}々]{1,3}$/u;
/** "たなか たろう", "タナカ タロウ": a name's reading in kana (two words, or hiragana alone). */
const OTHER_NAME_READING = /^(?:[\p{sc=Hiragana}ー]{1,8}(?:[ \u3000・][\p{sc=Hiragana}ー]{1,8})?|[\p{sc=Katakana}ー]{1,8}[ \u3000][\p{sc=Katakana}ー]{1,8})$/u;
/** "Daniel K.", "Léa-Marie D.", "NAKAMURA Y.": a name whose other part is an initial. */
const NAME_WITH_INITIAL = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?\s\p{Lu}\.|\p{Lu}{2,}\s\p{Lu}\.)$/u;

/** One person by the name they go by and their other names in brackets (NAME_THEN_OTHER_NAMES); null otherwise. */
function personWithOtherNames(s: string, check: NameCheck): Speaker | null {
  const m = NAME_THEN_OTHER_NAMES.exec(s);
  if (!m) return null;
  let name = m[1].trim().replace(/(?:님|씨|さん|様|氏)$/u, '');
  const honoured = !!m[2] || !!m[4] || name !== m[1].trim();
  if (ROLE_WORDS.test(name) || TEAM_WORDS.test(name) || ORG_HINTS.test(name)) return null;
  const latinHead = /\p{sc=Latin}/u.test(name);
  // (Not "이서연 (당근)", "鈴木 さくら (Sansan)": a full name, then its organisation.)
  const koreanHead = isKoreanName(name);
  // (A reading in kana is of a name in kanji, in as many words: "ボルテックス・ゲームズ" after a name in katakana, "山口 優子 (はてな)"
  // name organisations.)
  const hanHead = /\p{sc=Han}/u.test(name);
  let person = false;
  let handle: string | undefined;
  let romanised = false;
  let kanji: string | undefined;
  const others = m[3].split(/\s*[,，、/／]\s*/u);
  for (const part of others) {
    if (OTHER_NAME_ACCOUNT.test(part)) {
      handle ??= /@([\w.-]{2,30})/u.exec(part)?.[1];
      continue;
    }
    // ("やまだ たろう（山田 太郎）": the name in kanji after its reading is the name.)
    if (OTHER_NAME_KANJI.test(part) && OTHER_NAME_READING.test(name)) kanji = part;
    // ("ryan.k (김영호)", "헤일리(hailey.o, 오혜린)": a user name is another name beside a name in another script.)
    if ((part.length >= 3 && !koreanHead && isKoreanName(part)) || OTHER_NAME_KANJI.test(part) || (hanHead && OTHER_NAME_READING.test(part) && (part.includes(' ') || part.includes('\u3000') || !name.includes(' '))) || (!latinHead && OTHER_NAME_USER.test(part))) {
      person = true;
      continue;
    }
    // ("김철수(Chulsoo Kim) / 당근", "테오(Teo, 곽태오)": the name in Latin letters, after a name in another script.)
    if (!latinHead && /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}$/u.test(part)) {
      // (Alone it shows no person: "ボルテックス・ゲームズ (Vortex Games)", "鈴木 さくら (Sansan)" name organisations.)
      romanised = true;
      continue;
    }
    return null;
  }
  // (Latin letters are another name only beside one that shows the person.)
  if (romanised && !person) return null;
  // ("한결페이 (강민서)": an organisation in Hangul, then its person, unless the brackets hold another name of theirs too.)
  if (others.length === 1 && /^[가-힣]/u.test(name) && !handle) return null;
  // (A handle alone shows a person when the name is one, has an initial for its other part, or is said with an honorific.)
  if (!person && !(handle && (honoured || NAME_WITH_INITIAL.test(name) || personName(name, check)))) return null;
  // ("— 본명은 비공개라고 하심, 회사도 안 밝힘": what the writer says after the dash is a remark, no organisation.)
  // ("… さん / X: @tanaka_taro / 株式会社ほしぞらテック": an account between the slashes is none.)
  // ("Priya Sharma (@priyasre), Staff SRE, Shopify": a role and an organisation after a comma, read by the steps after.)
  if (m[5] && /[,，、]/u.test(m[5]) && /[,，、]/u.test(m[6] ?? '')) return null;
  const after = m[6]?.split(/\s*[/／]\s*/u).filter((part) => !OTHER_NAME_ACCOUNT.test(part)).join(' / ').trim();
  // ("フリーランス（元・大手EC）", "freelance (フリーランス)": no organisation, said with a remark or in two scripts.)
  const bare = after?.replace(/\s*[(（][^()（）]*[)）]/gu, '').trim();
  const org = after && bare && !/[,，、]\s|[다요음함심。.!?]$/u.test(bare) && !NO_ORGANISATION_SAID.test(bare) ? cleanOrg(after) : null;
  if (kanji) name = kanji;
  return handle ? { name, org, handle } : { name, org };
}

/** "@handle（岡田 駿 / Org）": a handle, then a name (1) of letters and the organisation (2), a slash between them. */
const HANDLE_THEN_NAME_AND_ORG = /@[\w.-]{2,30}\s*[(（]([\p{L}][\p{L}・ .'-]{0,20}?)\s*[/／]\s*([^()（）/／,，、]{1,40})[)）]/gu;
/** "（connpass: hyamada / X: @hiroshi_ymd）", "(X: @sohee_sre)": accounts on their sites, in brackets. */
const ACCOUNTS_IN_BRACKETS = new RegExp(String.raw`\s*[(（]\s*${ACCOUNT_SITE}\s*[:：]\s*@?[\w.-]{1,40}(?:\s*[/／,、]\s*${ACCOUNT_SITE}\s*[:：]\s*@?[\w.-]{1,40})*\s*[)）]`, 'giu');
/** "@dohyun-lee (GitHub) " before a name: a handle and its site. */
const SITE_HANDLE_FIRST = new RegExp(String.raw`^@[\w.-]{1,40}\s*[(（]\s*${ACCOUNT_SITE}\s*[)）]\s+(?=\S)`, 'iu');

/** A team's short name, then family names in kanji joined by "・" (an honorific may follow them). */
const TEAM_THEN_SURNAMES = /^([\p{L}\d]{1,8})[ \u3000]+([\p{sc=Han}々]{1,3}(?:[・、,，]\s*[\p{sc=Han}々]{1,3}){0,3})(?:さん|氏)?$/u;
/** A name struck out and the arrow, if any, to who replaced them. */
const STRUCK_PERSON = /~~[^~]{1,40}~~\s*(?:(?:→|->|⇒)\s*)?/gu;
/** "인터뷰 ①", "Interview #2:", "インタビュー 3：": the writer's interview and its number, before the people. */
const INTERVIEW_LABEL = /^(?:인터뷰|interview|インタビュー|대담|対談)\s*(?:#?\d{1,2}|[①-⑳])?\s*(?:[:：—–-]\s*|(?<=[\d①-⑳])\s+)/iu;
/** The first letters of INTERVIEW_LABEL's words. */
const INTERVIEW_FIRST = '인Iiイ대対';

/** parseSpeakers' first step: the text without what only surrounds people (labels, an emoji, hashtags, a moderator's label, a nickname), or null when it is too long or refers to someone's talk. */
function peopleText(input: string, options: SpeakerOptions): string | null {
  // "🎤 발표자: …": an emoji before the label.
  let s = input.trim().replace(LEADING_EMOJI, '');
  // ("인터뷰 ① 차은비 님 — 별빛증권", "Interview #2: Name (Org)": the writer's numbered interview with the people.)
  if (INTERVIEW_FIRST.includes(s[0])) s = s.replace(INTERVIEW_LABEL, '');
  // ("Rachel Kim（フリーランス）　※日本語ペラペラ": a remark after the reference mark is the writer's, not the speaker's.)
  const remarkMark = s.indexOf('※');
  if (remarkMark > 0) s = s.slice(0, remarkMark).trimEnd();
  // ("토스 분", "당근 SRE 분 + 보안팀 분 (이름은 안 밝힘)", "someone from Mercari", "某社の SRE さん": people the writer does not name.)
  if (ANONYMOUS_PEOPLE.test(s)) return null;
  // ("~~박준호~~ → 정유나", "~~Mina Park~~ Jun Seo": the person struck out was replaced by the one after.)
  if (s.includes('~~')) s = s.replace(STRUCK_PERSON, '');
  // ("当日の流れ（予定 → 実績）": words with an arrow between them, a plan and what became of it, name no one.)
  if (s.includes('→') || s.includes('⇒')) return null;
  s = withoutEmphasisAndLinks(s);
  // "[배성민] 씨, Org", "〔山田 太郎〕 Org", "[Ethan Kim]": a name the writer put in brackets.
  if (s.charCodeAt(0) === 91 || s.charCodeAt(0) === 0x3014) s = s.replace(NAME_IN_SQUARE_BRACKETS, '$1$2');
  // ("강태윤님 발표 참고, …", "서예린님 방식", "田中さんの発表参考": someone's talk or way referred to, not who gave a talk.)
  if ((s.includes('님') || s.includes('さん')) && PERSON_REFERRED_TO.test(s)) return null;
  // "長谷川 智子さん / 株式会社かもめ物流 #ocn_osaka": a post's hashtags after the people.
  if (s.includes('#') || s.includes('＃')) s = s.replace(TRAILING_HASHTAGS, '');
  // "권나연 님, 황인규 님 (딜리버리랩) 공동 발표", "… 共同登壇": the talk given together, said after the people.
  // ("… — 파도모바일 SRE팀 (공동 발표)": said in brackets.)
  if (s.endsWith('발표') || s.endsWith('登壇') || s.endsWith('発表')) s = s.replace(/\s*(?:공동|共同)\s*(?:발표|登壇|発表)$/u, '');
  else if (s.endsWith(')') || s.endsWith('）')) s = s.replace(/\s*[(（](?:공동|共同)\s*(?:발표|登壇|発表)[)）]$/u, '');
  // "東京から松井さん(ミライクラウド)。": a sentence's full stop, and where the person joined from, are no part of them
  // (only right after a person named so: "…気になった。", "…の共同発表です。" are sentences).
  if (s.endsWith('。') && /(?:さん|氏|様)(?:\s*[(（][^()（）]{1,30}[)）])?。$/u.test(s)) s = s.slice(0, -1).replace(/^[^\s、。]{1,8}?から(?=[^\s、。]{1,12}?(?:さん|氏|様))/u, '');
  // "登壇者は株式会社メルカリの佐藤さん。": the speaker said in a sentence.
  const said = SPEAKER_SENTENCE.exec(s);
  // ("登壇者 / 所属: 大川 美紀 / Org", "Speaker / Company: Name / Org": one label for both, a slash between them after it.)
  s = said ? said[1].trim() : s.replace(SPEAKER_AND_ORG_LABEL, '').replace(SPEAKER_PREFIX, '').trim();
  // ("@shun_okada（岡田 駿 / 株式会社ハヤブサ）": a handle, then the person's name and organisation in brackets, a slash between them.)
  if (s.includes('@') && (s.includes('/') || s.includes('／'))) s = s.replace(HANDLE_THEN_NAME_AND_ORG, '$1 ($2)');
  // ("山田 浩（connpass: hyamada / X: @hiroshi_ymd）— Org", "@dohyun-lee (GitHub) 이도현 / Org": the person's accounts, no name or organisation.)
  if ((s.includes(':') || s.includes('：') || s.includes('@')) && (s.includes('(') || s.includes('（'))) {
    const unaccounted = s.replace(ACCOUNTS_IN_BRACKETS, ' ').replace(SITE_HANDLE_FIRST, '');
    if (unaccounted !== s) s = unaccounted.replace(/ {2,}/gu, ' ').trim();
  }
  // ("伊藤 真希（freee）、渡辺 誠（ヤプリ）／モデレーター：小林 さやか（Org）": the moderator after a separator, one more person.)
  if (s.includes('モデレーター') || s.includes('司会') || s.includes('모더레이터') || s.includes('사회')) s = s.replace(MODERATOR_AFTER, (_m, sep: string) => (/[、，,]/u.test(sep) ? sep : '、'));
  // ("A, B (Datadog), moderated by Jan Krüger": the moderator after the panelists, one more person.)
  if (s.includes(' by ')) s = s.replace(/[,，]\s*(?:moderated|hosted|chaired|facilitated) by\s+(?=\p{Lu})/u, ', ');
  // "(발표: 한지수)": a labelled name in parentheses after a title.
  if ((s.charCodeAt(0) === 40 || s.charCodeAt(0) === 0xff08) && /^[(（][^()（）:：]{1,12}[:：]/u.test(s)) s = s.slice(1).replace(/[)）]$/u, '').replace(SPEAKER_PREFIX, '').trim();
  // ("田中 悠斗 さん (株式会社ヒカリラボ": the last bracket opened and not closed, closed at the end.)
  if (UNCLOSED_LAST.test(s)) s += s.lastIndexOf('（') > s.lastIndexOf('(') ? '）' : ')';
  // ("김민수 (Minsu Kim) 님", "Park Jiyeon (박지연) — Org": one person's name in two scripts.)
  s = withoutSecondScript(s);
  // ("Priya Raman, Chief Product Officer — HashiCorp", "Mei-Lin Chow, VP Reliability, Tessellate Labs": a role between the name and the organisation.)
  const roleBetween = s.includes(',') ? NAME_ROLE_THEN_ORG.exec(s) : null;
  if (roleBetween && ROLE_WORDS.test(roleBetween[2]) && !/[.!?。]\s/u.test(roleBetween[3])) s = `${roleBetween[1]} (${roleBetween[2]}, ${roleBetween[3]})`;
  // ("Ken Oduya & Sam Petrov — Loopfreight", "Tom Becker, Aisha Okafor — Org": people, a dash, the organisation of them all.)
  // ("Kenji Ishikawa, Farah Nadeem -- Copperline": two hyphens typed for the dash.)
  const dashedOrg = s.includes('—') || s.includes('–') || s.includes(' -- ') ? PEOPLE_DASH_ORG.exec(s) : null;
  if (dashedOrg) {
    const people = dashedOrg[1].split(PEOPLE_SEPARATOR);
    if (people.length >= 2 && people.every((p) => personName(p, options))) s = `${dashedOrg[1]} (${dashedOrg[2]})`;
  }
  // ("Yui Kobayashi (Org); Dan Whitfield (Org), …": a semicolon between people, each with an organisation, as a comma.)
  if (s.includes(';') && s.includes(')')) s = s.replace(/([)）])\s*;\s*/gu, '$1, ');
  // ("Kenji Mori, Tokai Rail; Lea Braun, Alpenbank": each person, a comma, their organisation; semicolons between people.)
  else if (s.includes(';')) s = semicolonPairs(s, options);
  // ("伊藤 "itochan" 美咲", "Jane "jq" Doe": a nickname in quotes inside the name.)
  if (s.includes('"') || s.includes('“')) s = s.replace(QUOTED_NICKNAME, '$1 ');
  // ("이하은님 / 마켓온 SRE", "佐藤さん／ミナト製作所": a person with an honorific, a slash, where they work.)
  if ((s.includes('/') || s.includes('／')) && HONOURED_SLASH_ORG.test(s)) s = s.replace(HONOURED_SLASH_ORG, '$1 ($2)');
  // ("나 (임채원, 브릭페이)", "私（佐藤 健、ミナト物流）", "me (Jane Doe, Acme)": the writer, their name and organisation in brackets.)
  const writer = s.length <= 80 ? WRITER_THEN_NAME.exec(s) : null;
  if (writer) s = writer[1].trim();
  // ("KIM Cheolsu / キム・チョルス（NAVER Cloud）", "김민수 (Minsu Kim)": one person's name in two scripts.)
  s = oneNameInTwoScripts(s, options);
  // (Longer for a list of people each with an organisation in brackets: "A (X), B (Y), C (Z), D (W)".)
  if (!s || (s.length > 120 && !(s.length <= 240 && PEOPLE_WITH_ORGS.test(s)))) return null;
  return s;
}

/** "스토어링크의 김민수님", "송가은 / Role / 당근", "Jane Doe, affiliation: Acme": people with their organisation said in a form of its own; null otherwise. */
function peopleWithOwnOrganisation(s: string, options: SpeakerOptions): SpeakerParse | null {
  // "스토어링크의 김민수님 (플랫폼팀)", "페이노트의 이지은님과 박준호님": an organisation, 의, then its people with 님.
  if (s.indexOf('의 ') >= 2 && s.includes('님')) {
    const m = KO_ORG_POSSESSIVE.exec(s);
    if (m && !KO_PARTICLE_END.test(m[1]) && isKoreanName(m[2], true) && (!m[3] || isKoreanName(m[3], true))) {
      const org = cleanOrg(m[1]);
      if (org) return { speakers: m[3] ? [{ name: m[2], org }, { name: m[3], org }] : [{ name: m[2], org }], strong: true };
    }
  }
  // "송가은 / Database Reliability Engineer / 당근": a name, the role, the organisation, between slashes (a short
  // organisation that could be read as a name is the organisation there).
  // ("정하늘 | 모아핀테크 | DevOps Engineer": bars, the role last.)
  const nameRoleOrg = s.includes('/') || s.includes('|') ? NAME_ROLE_ORG.exec(s) : null;
  if (nameRoleOrg) {
    const [, name, , second, third] = nameRoleOrg;
    const roleLast = ROLE_WORDS.test(third) && !ROLE_WORDS.test(second);
    const role = roleLast ? third : second;
    const person = ROLE_WORDS.test(role) && (roleLast || !ROLE_WORDS.test(third)) ? personName(cleanName(name).name, options) : null;
    const org = person ? cleanOrg(roleLast ? second : third) : null;
    if (person && org) return { speakers: [{ name: cleanName(name).name, org, role: role.trim() }], strong: true };
  }
  // "木村 俊介 さん (@shun_kmr)　所属: サクラ坂テクノロジーズ", "Jane Doe, affiliation: Acme": the organisation under its own label.
  const labelledOrg = s.includes(':') || s.includes('：') ? ORG_LABEL_AFTER.exec(s) : null;
  if (labelledOrg) {
    const people = parseSpeakers(labelledOrg[1], options);
    const org = cleanOrg(labelledOrg[2]);
    if (people?.strong && org) {
      for (const sp of people.speakers) if (!sp.org) sp.org = org;
      return people;
    }
  }
  return null;
}

/** The text with a sentence's full stop, joined names and honorifics read; null when it is a sentence, a label or a date. */
function withoutSentenceMarks(text: string): string | null {
  let s = text;
  // ("— Sam Okafor, Nordlicht Digital.": the sentence's full stop after the organisation, not an abbreviation's.)
  // (A capitalised name, one comma, Latin letters only: not a sentence, "skipped, caught the train home.", "오전 키노트는 …, 오후 ….")
  if (s.charCodeAt(s.length - 1) === 46 && s.length <= 60 && s.indexOf(',') === s.lastIndexOf(',') && /^\p{Lu}[^,]*,[^,]*$/u.test(s) && !/[^\p{sc=Latin}\p{P}\p{N}\s&]/u.test(s) && !/\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr|St|etc|[A-Z])\.$/u.test(s)) s = s.slice(0, -1).trimEnd();
  // "佐藤由美・田中健太（Org）", "中村翔と森本あかり（Org）": two Japanese names in kanji joined by a middle dot or と.
  if ((s.includes('・') || s.includes('と')) && JOINED_KANJI_NAMES.test(s)) s = s.replace(JOINED_KANJI_NAMES, '$1、$2$3');
  // "오민석과 윤채원 / 파랑데이터", "김하나와 이준": two Korean names joined by 과 or 와.
  else if ((s.includes('과 ') || s.includes('와 ')) && JOINED_HANGUL_NAMES.test(s)) s = s.replace(JOINED_HANGUL_NAMES, '$1, $2$3');
  // "平井 智也 氏（グーグル・クラウド）ほか": "and others" after the list, an honorific apart from the name.
  if (s.includes('氏') || s.includes('ほか') || s.includes('他') || s.includes(' 외')) s = s.replace(/\s*(?:ほか|他|외)$/u, '').replace(/\s+(?:氏|様)(?=\s*[（(、,]|$)/gu, '');
  // "岡部氏 ナナイロ", "森下氏 クロスワーク社": the honorific closes the name, the organisation follows.
  if (s.includes('氏 ') || s.includes('様 ')) s = s.replace(/^([^\s(（、,]{1,12})(?:氏|様)\s+([^\s(（)）、,]{2,30})$/u, '$1 ($2)');
  // "松本 里奈さん（株式会社メドリンク）、共同登壇：岡田 誠さん（同社）": a co-speaker's label between people.
  if (s.includes('共同') || /co-?speaker|공동/i.test(s)) s = s.replace(/\s*[、,]\s*(?:共同登壇(?:者)?|共同発表(?:者)?|co-?speakers?|공동\s*발표(?:자)?)\s*[:：]\s*/giu, ', ');
  // A sentence or a label is not a list of people (checked first: the dash form below keeps both ends and every colon).
  if (SENTENCE_END.includes(s[s.length - 1]) && !/\b(?:inc|co|ltd|corp|jr|sr)\.$/i.test(s)) return null;
  if (s.includes(':') || s.includes('：')) return null;
  // "Paris Expo Porte de Versailles, March 19–22, 2024": a place and a date, not people.
  if (hasYearDigits(s) && YEAR.test(s)) return null;
  return s;
}

/** "Halvorsen, Ingrid (AWS)": people written family name first; null otherwise. */
function peopleLastNameFirst(s: string, options: SpeakerOptions): SpeakerParse | null {
  // "Halvorsen, Ingrid (AWS)", "Lindqvist, Maren (Org); Adeyemi, Tunde (AWS)": a family name, a comma, a given name (a
  // programme's order), read in the usual order and kept as written.
  if (s.includes(', ') && !options.lastFirstRead) {
    // (Each pair so when one of them ends with a known given name and none starts with one.)
    const pairs = [...s.matchAll(LAST_FIRST)];
    const written = new Map<string, string>();
    // (In a table's speakers column every such pair with an organisation in brackets: "Kang, Minji (Bluewave Commerce)".)
    const cell = !!options.allowBareHandle && pairs.length > 0 && s.trimEnd().endsWith(')') && pairs.every((m) => m.index + m[0].length < s.length);
    const swapped = (pairs.some((m) => isGivenName(m[3])) || cell) && !pairs.some((m) => isGivenName(m[2]))
      ? s.replace(LAST_FIRST, (all, lead: string, last: string, first: string) => {
          written.set(`${first} ${last}`, `${last}, ${first}`);
          return `${lead}${first} ${last}`;
        })
      : s;
    const parsed = written.size ? parseSpeakers(swapped.replace(/\s*;\s*/gu, ', '), { ...options, lastFirstRead: true }) : null;
    if (parsed?.strong) {
      for (const sp of parsed.speakers) sp.name = written.get(sp.name) ?? sp.name;
      return parsed;
    }
  }
  return null;
}

/** "Emily Chen — Role at Org", "田中＠Org", "A & B @ Org", "Name from Org": an organisation after a person, put in brackets. */
function organisationsInBrackets(text: string, options: SpeakerOptions): string {
  let s = text;
  // "Emily Chen — Staff Engineer at HashiCorp": a dash after a name opens its role and organisation.
  const dash = hasDash(s) ? /^(.{2,40}?)\s+[—–-]\s+(.+)$/u.exec(s) : null;
  if (dash && personName(cleanName(dash[1]).name, options) && (ROLE_WORDS.test(dash[2]) || ORG_HINTS.test(dash[2]) || /\s(?:at|@)\s/i.test(dash[2]))) {
    s = `${dash[1]}, ${dash[2]}`;
  }
  // "田中 美咲＠株式会社ツバメペイ": an at sign between a person and their organisation (not a handle, not a mail address).
  if (s.indexOf('＠') > 0) s = s.replace(/([^@＠／/、,，]{2,30}?)\s*＠\s*([^@＠／/、,，]{2,50})/gu, (all, name: string, org: string) => (personName(cleanName(name).name, options) ? `${name.trim()} (${org.trim()})` : all));
  // "Tom Ashworth & Nadia Karim @ Pellow Media", "Rachel Osei @ Gilbey & Crane Bank": people, " @ ", their one organisation.
  const at = s.includes(' @ ') ? /^([^@()（）]{3,80}?)\s+@\s+([^@()（）,;]{2,50})$/u.exec(s) : null;
  if (at) {
    const people = at[1].split(/\s*(?:&|\+|,|\band\b)\s*/u);
    if (people.every((p) => personName(cleanName(p).name, options))) s = people.map((p) => `${p.trim()} (${at[2].trim()})`).join(', ');
  }
  // ("Tomás Ferreira, Katja Brandt (both Red Hat)": two people, then their one organisation in brackets; the words after the
  // comma are the second person's name, not the first one's organisation, which no brackets would follow.)
  const pair = s.includes(',') && (s.endsWith(')') || s.endsWith('）')) ? PAIR_THEN_ORG.exec(s) : null;
  if (pair && personName(cleanName(pair[1]).name, options) && !ORG_HINTS.test(pair[2]) && !ROLE_WORDS.test(pair[3]) && pair[2].split(/[ -]/u).every((w) => !LATIN_NOT_NAMES.has(w.toLowerCase()))) {
    s = `${pair[1].trim()} (${pair[3].trim()}), ${pair[2]} (${pair[3].trim()})`;
  }
  // "Ben Halvorsen from Ridgeline Insurance": "from" before the organisation of a named person.
  const from = s.includes(' from ') ? /^(.{3,40}?)\s+from\s+(\p{Lu}[^,;()（）]{1,50})$/u.exec(s) : null;
  if (from && personName(cleanName(from[1]).name, options)) s = `${from[1]} (${from[2]})`;
  return s;
}

/** "A, First Last (Org)", "… (both Org)": a person, a name of capitalised words, their organisation in brackets. */
const PAIR_THEN_ORG = /^([^,()（）]{3,40}),\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})\s*[(（](?:both\s+|all\s+)?([^()（）,]{2,40})[)）]$/u;

/** "田中 一郎（LINEヤフー）、山本 次郎（同）": each person with their own brackets; null otherwise. */
function peopleEachInBrackets(s: string, options: SpeakerOptions): SpeakerParse | null {
  // "田中 一郎（LINEヤフー）、山本 次郎（同）": each person with their own parenthesis ("同" = the same).
  const own = splitTopLevel(s);
  if (own.length >= 2 && own.every((p) => /[)）]\s*$/.test(p))) {
    const each: Speaker[] = [];
    let strongAll = true;
    for (const part of own) {
      const one = parseSpeakers(part, options);
      if (!one || one.speakers.length !== 1) break;
      const sp = one.speakers[0];
      if (sp.org && SAME_ORG.test(sp.org)) sp.org = each.length ? each[each.length - 1].org : null;
      each.push(sp);
      strongAll &&= one.strong;
    }
    if (each.length === own.length) return { speakers: each, strong: strongAll };
  }
  return null;
}

/** parseSpeakers' last step: the text's parts read as people, organisations and roles. */
function peopleAndOrganisations(text: string, options: SpeakerOptions): SpeakerParse | null {
  let s = text;
  // A trailing parenthesis holds the organisation (and maybe a role or an email) for everyone before it.
  let sharedOrg: string | undefined;
  let sharedRole: string | undefined;
  let sharedHandle: string | undefined;
  // ("Svenja Roth (freelance)": the writer says there is no organisation.)
  let saidNone = false;
  const paren = /^(.*?)\s*[(（]([^()（）]*)[)）]\s*$/u.exec(s);
  if (paren && paren[1].trim()) {
    s = paren[1].trim();
    const inner: string[] = [];
    // ("(Holloway & Finch)", "(Hollis & Byrne)": one organisation's name with an ampersand in it.)
    const whole = /^\p{Lu}[^,，、()（）&]*\s&\s\p{Lu}[^,，、()（）&]*$/u.test(paren[2].trim());
    for (const part of whole ? [paren[2].trim()] : splitTopLevel(paren[2])) {
      const p = part.trim();
      if (p && !/\S+@\S+\.\S+/.test(p)) inner.push(p);
    }
    // "@kmensah (Kwame Mensah, Orchard Retail)": a handle, then the person's name and organisation.
    const handleAlone = /^@[\w.-]{2,30}$/u.exec(s);
    if (handleAlone && inner.length === 2 && /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}$/u.test(inner[0])) {
      const org = cleanOrg(inner[1]);
      return { speakers: [{ name: inner[0], org, handle: s.slice(1) }], strong: true };
    }
    for (const part of inner) {
      const handle = part.startsWith('@') ? handleOf(part, false, options) : null;
      if (handle) sharedHandle = sharedHandle ?? handle;
      // ("핀버스 보안엔지니어링팀", "SRE팀": a team, where they work; "Solutions Engineer" stays a role.)
      else if (((ROLE_WORDS.test(part) && !ORG_HINTS.test(part)) || SOLUTIONS_ARCHITECT.test(part)) && !TEAM_WORDS.test(part)) {
        // ("Staff SRE @ Kumoya", "Staff SRE at Kumoya": the role, then where they work.)
        const at = part.includes('@') || part.includes(' at ') ? ROLE_THEN_PLACE.exec(part) : null;
        if (at && ROLE_WORDS.test(at[1]) && !sharedOrg) {
          sharedRole = sharedRole ?? at[1];
          sharedOrg = cleanOrg(at[2]) ?? undefined;
        } else sharedRole = sharedRole ?? part;
      }
      // ("池田 光（個人 / 趣味で自宅クラスタ運用）": said to have none, what follows is a remark.)
      else if (!sharedOrg && !saidNone) {
        sharedOrg = cleanOrg(part) ?? undefined;
        // ("(名前・所属は非公開、アイコンがクマ)": a remark first, the writer's remarks after it.)
        saidNone ||= NO_ORGANISATION.test(part) || ORG_REMARK.test(part);
      }
    }
  } else if (paren && !paren[1].trim()) {
    // "(컬리 전수빈)": organisation and speaker inside the parenthesis.
    s = paren[2];
  }
  // "株式会社サンプルの田中さん", "ナミキの松本さん、佐々木さん": an organisation, の, then its people.
  const no = sharedOrg === undefined ? s.indexOf('の') : -1;
  if (no >= 2) {
    const org = s.slice(0, no).trim();
    const after = s.slice(no + 1);
    // Tested before the people are read: "Terraformの始め方" is turned away without another parse.
    const orgLike = org.length <= 40 && !GENERIC_GROUP.test(org) && (ORG_HINTS.test(org) || /(?:さん|様|さま|氏)(?:\s*[、,]|\s*$)/u.test(after));
    const people = orgLike && org.split(/\s+/).length <= 4 ? parseSpeakers(after, options) : null;
    const cleaned = people?.strong && people.speakers.every((sp) => !sp.org) ? cleanOrg(org) : null;
    if (people && cleaned) {
      for (const sp of people.speakers) sp.org = cleaned;
      return people;
    }
  }
  const spans: number[] = [];
  const parts = splitTopLevel(s, spans);
  if (!parts.length || parts.length > 8) return null;
  // A loop, not map: arrays made by map in optimised code can have another elements kind than the interpreter's.
  const segments: Segment[] = [];
  let segmentFrom = 0;
  for (let i = 0; i < parts.length; i++) {
    const seg = readSegment(parts[i], !!options.allowBareHandle && parts.length <= 3, options);
    const prev = segments[segments.length - 1];
    // "Crumb & Co Bakeries", "AT&T": an ampersand between two parts that are not people joins one organisation.
    if (prev && !prev.person && seg.person !== 'strong' && spans[3 * (i - 1) + 2] === 1) {
      const joined = s.slice(segmentFrom, spans[3 * i + 1]).trim();
      segments[segments.length - 1] = segment(joined, null, joined);
    } else {
      segments.push(seg);
      segmentFrom = spans[3 * i];
    }
  }
  // "Amara Brown, Capital One": a last part that only has the shape of a name is the organisation.
  // ("Jonas Ek & Tuva Strand (Vinterbank)": not after an ampersand or "and", which join people.)
  const last = segments[segments.length - 1];
  const joinedToLast = segments.length === parts.length && parts.length >= 2 && spans[3 * (parts.length - 2) + 2] !== 0;
  if (segments.length >= 2 && last.person === 'weak' && !last.handle && !joinedToLast && segments.slice(0, -1).some((x) => x.person) && !segments.slice(0, -1).some((x) => x.org)) {
    last.person = null;
  }
  // "田中 健太 (LINEヤフー) / @kenta_net": a handle after a person is theirs.
  for (let i = segments.length - 1; i >= 1; i--) {
    const seg = segments[i];
    const prev = segments[i - 1];
    if (seg.person === 'strong' && seg.handle && seg.text.startsWith('@') && prev.person && !prev.handle) {
      prev.handle = seg.handle;
      segments.splice(i, 1);
    }
  }
  // "伊藤 大輔, freee": a lone lower-case word after a full name is the organisation, not a user name.
  if (segments.length >= 2 && last.person === 'weak' && last.handle && !last.text.startsWith('@') && segments.slice(0, -1).some((x) => x.person === 'strong') && !segments.slice(0, -1).some((x) => x.org)) {
    last.person = null;
  }
  // "Jane Doe, Principal Engineer at Acme": role and org after the person.
  const speakers: Speaker[] = [];
  let strong = true;
  /** "누리모빌리티 김하은, 박성민": the organisation named first, before its first person. */
  let orgFirst: string | null = null;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (seg.person) {
      const speaker: Speaker = { name: seg.name, org: seg.org ?? null };
      if (i === 0 && seg.org && seg.text.startsWith(seg.org)) orgFirst = seg.org;
      if (seg.handle) speaker.handle = seg.handle;
      if (seg.role) speaker.role = seg.role;
      speakers.push(speaker);
      if (seg.person === 'weak') strong = false;
      continue;
    }
    // Not a person: an organisation or a role for the people before it.
    if (!speakers.length) {
      // "(Org Name)" pattern inside a parenthesis: "컬리 전수빈".
      const tokens = seg.text.split(/\s+/);
      let found = false;
      // (Not a phrase with a word that ends in a particle or is one: "(반지의 제왕)", "(처음으로 당첨)", "(sidecar-less 의 명과 암)".)
      // ("(지금은 젠킨스 배포 잡 …)": a topic's 은/는 too, before the last word, which may be a name: "김하은".)
      if (tokens.some((t, k) => KO_PARTICLE_END.test(t) || KO_PARTICLE.test(t) || (k < tokens.length - 1 && /[가-힣][은는]$/u.test(t)))) return null;
      for (let n = 1; n <= Math.min(3, tokens.length - 1) && tokens.length <= 4 && !found; n++) {
        const tail = cleanName(tokens.slice(tokens.length - n).join(' '));
        // (A Korean name of two syllables after another word is more often a noun: "DORA 지표".)
        if (personName(tail.name, options) === 'strong' && !/^[가-힣]{2}$/u.test(tail.name)) {
          speakers.push({ name: tail.name, org: cleanOrg(tokens.slice(0, tokens.length - n).join(' ')) });
          orgFirst = speakers[0].org;
          found = true;
        }
      }
      if (found) continue;
      return null;
    }
    let text = seg.text;
    const at = /^(.*?)\s+(?:at|@)\s+(.+)$/i.exec(text);
    if (at && ROLE_WORDS.test(at[1])) {
      for (const sp of speakers) if (!sp.role) sp.role = at[1];
      text = at[2];
    } else if ((((ROLE_WORDS.test(text) && !ORG_HINTS.test(text)) || SOLUTIONS_ARCHITECT.test(text)) && text.split(/\s+/).length <= 4) || /^(?:head|vp|director|chief)\s+of\s/i.test(text)) {
      for (const sp of speakers) if (!sp.role) sp.role = text;
      continue;
    }
    const org = cleanOrg(text);
    if (!org) continue;
    if (org.split(/\s+/).length > 5) return null;
    for (const sp of speakers) if (!sp.org) sp.org = org;
  }
  if (!speakers.length) return null;
  // "(San Francisco, Oct 10–12)": a place and a date, not a person and an organisation.
  if (sharedOrg && isDateLike(sharedOrg)) return null;
  for (const sp of speakers) if ((sp.org && isDateLike(sp.org)) || isDateLike(sp.name)) return null;
  for (const sp of speakers) {
    if (!sp.org && sharedOrg) sp.org = sharedOrg;
    if (!sp.role && sharedRole) sp.role = sharedRole;
    // (The people listed after the first, with no organisation of their own, are of the one named first.)
    if (!sp.org && orgFirst) sp.org = orgFirst;
  }
  // "Léa Tremblay (@leatremblay)": a name given with its @handle is a person.
  if (sharedHandle && speakers.length === 1 && !speakers[0].handle) {
    speakers[0].handle = sharedHandle;
    strong = true;
  }
  if (sharedOrg || speakers.some((sp) => sp.org)) strong = strong || speakers.every((sp) => sp.name.length >= 2);
  // (No organisation, said in brackets after a full name, is as sure a sign of a person as one.)
  if (saidNone && speakers.length === 1 && FULL_LATIN_NAME.test(speakers[0].name)) strong = true;
  return { speakers, strong };
}


/** "Svenja Roth", "Jean-Luc Picard", "Ana de Souza": a capitalised given name and family name. */
const FULL_LATIN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s(?:de|da|van|von|der|le)){0,2}\s\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?$/u;

const SENTENCE_END = '.!?。？！';

function hasDash(s: string): boolean {
  return s.includes('-') || s.includes('–') || s.includes('—');
}

/** Groups that are no organisation's name: "チームの山田さん" is a colleague. */
const GENERIC_GROUP = /^(?:チーム|会社|弊社|当社|社内|うち|他社|前職|同僚|友人|知人|後輩|先輩|上司|隣の席)$/u;

/** "(同)", "(同上)", "(same)": the organisation of the person before. */
const SAME_ORG = /^(?:同|同上|同社|上同|〃|same|ditto|동|상동)$/iu;

/** True when a text reads like an organisation rather than a person. */
export function looksLikeOrg(s: string): boolean {
  return ORG_HINTS.test(s.trim());
}
