// Korean and Japanese translations of the runtime strings (client/src, vscode.l10n.t).
// `node l10n/translations.mjs` re-exports l10n/bundle.l10n.json from the sources, writes
// bundle.l10n.ko.json and bundle.l10n.ja.json, and fails if a string has no translation.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

// [English, Korean, Japanese]
const T = [
  ['Open in Note', '노트에서 열기', 'ノートで開く'],
  [
    'The Infra Notes server stopped {0} times in 3 minutes and will not be started again. See its output for the reason; reload the window to start it again.',
    'Infra Notes 서버가 3분 동안 {0}번 멈춰서 다시 시작하지 않습니다. 원인은 출력 창에서 확인하고, 창을 다시 로드하면 다시 시작합니다.',
    'Infra Notes のサーバーが 3 分間に {0} 回停止したため、再起動しません。原因は出力を確認してください。ウィンドウを再読み込みすると再び起動します。',
  ],
  ['Undated', '날짜 없음', '日付なし'],
  ['1 event', '행사 1개', 'イベント 1 件'],
  ['{0} events', '행사 {0}개', 'イベント {0} 件'],
  ['Date', '날짜', '日付'],
  ['Venue', '장소', '会場'],
  ['Talks', '발표', '発表'],
  ['Note', '노트', 'ノート'],
  ['speaker unknown', '발표자 미상', '登壇者不明'],
  ['Speakers', '발표자', '登壇者'],
  ['Event', '행사', 'イベント'],
  ['Tools', '도구', 'ツール'],
  ['Show Tool Card', '도구 카드 보기', 'ツールカードを表示'],
  ['Category', '분류', 'カテゴリ'],
  ['Mentions in this talk', '이 발표에서 언급된 횟수', 'この発表での言及回数'],
  ['Vendor', '제작사', 'ベンダー'],
  ['Mentioned', '언급', '言及'],
  ['Organisation', '소속', '所属'],
  ['Tool: {0}', '도구: {0}', 'ツール: {0}'],
  ['Infra Notes', 'Infra Notes', 'Infra Notes'],
  ['Infra Notes: starting the language server…', 'Infra Notes: 언어 서버를 시작하는 중…', 'Infra Notes: 言語サーバーを起動しています…'],
  [
    'Infra Notes: the language server is not running. It restarts by itself; see the Infra Notes output for details.',
    'Infra Notes: 언어 서버가 실행되고 있지 않습니다. 자동으로 다시 시작되며, 자세한 내용은 Infra Notes 출력 창에서 볼 수 있습니다.',
    'Infra Notes: 言語サーバーが動作していません。自動的に再起動します。詳細は Infra Notes の出力を確認してください。',
  ],
  ['Indexing notes…', '노트 인덱싱 중…', 'ノートをインデックス中…'],
  ['Infra Notes is reading your notes. Click for the index status.', 'Infra Notes가 노트를 읽는 중입니다. 클릭하면 인덱스 상태를 볼 수 있습니다.', 'Infra Notes がノートを読み込んでいます。クリックするとインデックスの状態を表示します。'],
  ['Infra Notes is indexing', 'Infra Notes 인덱싱 중', 'Infra Notes はインデックス中です'],
  ['Infra Notes: {0} talks in {1} notes. Click for the index status.', 'Infra Notes: 노트 {1}개, 발표 {0}개. 클릭하면 인덱스 상태를 볼 수 있습니다.', 'Infra Notes: ノート {1} 件、発表 {0} 件。クリックするとインデックスの状態を表示します。'],
  ['Infra Notes: {0} talks in {1} notes', 'Infra Notes: 노트 {1}개, 발표 {0}개', 'Infra Notes: ノート {1} 件、発表 {0} 件'],
  ['event', '행사', 'イベント'],
  ['talk', '발표', '発表'],
  ['speaker', '발표자', '登壇者'],
  ['tool', '도구', 'ツール'],
  ['No matches for “{0}”', '“{0}”에 대한 결과가 없습니다', '「{0}」に一致するものはありません'],
  ['Infrastructure as Code', '코드형 인프라(IaC)', 'Infrastructure as Code'],
  ['Configuration Management', '구성 관리', '構成管理'],
  ['Containers', '컨테이너', 'コンテナー'],
  ['Orchestration', '오케스트레이션', 'オーケストレーション'],
  ['Kubernetes Ecosystem', '쿠버네티스 생태계', 'Kubernetes エコシステム'],
  ['Service Mesh', '서비스 메시', 'サービスメッシュ'],
  ['Networking', '네트워킹', 'ネットワーク'],
  ['Service Discovery', '서비스 디스커버리', 'サービスディスカバリー'],
  ['CI/CD', 'CI/CD', 'CI/CD'],
  ['GitOps', 'GitOps', 'GitOps'],
  ['Observability', '관측 가능성', 'オブザーバビリティ'],
  ['Logging', '로깅', 'ロギング'],
  ['Tracing', '트레이싱', 'トレーシング'],
  ['Databases', '데이터베이스', 'データベース'],
  ['Caching', '캐시', 'キャッシュ'],
  ['Messaging', '메시징', 'メッセージング'],
  ['Secrets', '시크릿 관리', 'シークレット管理'],
  ['Security', '보안', 'セキュリティ'],
  ['Policy', '정책', 'ポリシー'],
  ['Storage', '스토리지', 'ストレージ'],
  ['AWS', 'AWS', 'AWS'],
  ['Google Cloud', 'Google Cloud', 'Google Cloud'],
  ['Azure', 'Azure', 'Azure'],
  ['Cloud', '클라우드', 'クラウド'],
  ['Virtualization', '가상화', '仮想化'],
  ['Operating Systems', '운영체제', 'OS'],
  ['Languages', '프로그래밍 언어', 'プログラミング言語'],
  ['Frameworks', '프레임워크', 'フレームワーク'],
  ['Version Control', '버전 관리', 'バージョン管理'],
  ['Collaboration', '협업', 'コラボレーション'],
  ['Testing', '테스트', 'テスト'],
  ['Build', '빌드', 'ビルド'],
  ['Data', '데이터', 'データ'],
  ['Other', '기타', 'その他'],
  ['1 mention', '언급 1회', '言及 1 回'],
  ['{0} mentions', '언급 {0}회', '言及 {0} 回'],
  ['1 talk', '발표 1개', '発表 1 件'],
  ['{0} talks', '발표 {0}개', '発表 {0} 件'],
  ['Infra Notes: {0}', 'Infra Notes: {0}', 'Infra Notes: {0}'],
  ['Infra Notes Language Server', 'Infra Notes 언어 서버', 'Infra Notes 言語サーバー'],
  ['The Infra Notes language server could not start: {0}', 'Infra Notes 언어 서버를 시작하지 못했습니다: {0}', 'Infra Notes 言語サーバーを起動できませんでした: {0}'],
  ['Show Log', '로그 보기', 'ログを表示'],
  ['Infra Notes: Search', 'Infra Notes: 검색', 'Infra Notes: 検索'],
  [
    'Search events, talks, speakers and tools (e.g. Vault, 테라폼, テラフォーム)',
    '행사, 발표, 발표자, 도구 검색 (예: Vault, 테라폼, テラフォーム)',
    'イベント・発表・登壇者・ツールを検索 (例: Vault、テラフォーム、테라폼)',
  ],
  ['Infra Notes: Search Tools', 'Infra Notes: 도구 검색', 'Infra Notes: ツールを検索'],
  [
    'Type a tool name in any spelling (k8s, 쿠버네티스, クバネティス)',
    '도구 이름을 어떤 표기로든 입력하세요 (k8s, 쿠버네티스, クバネティス)',
    'ツール名をどの表記でも入力できます (k8s、クバネティス、쿠버네티스)',
  ],
  ['No events found in this workspace yet.', '이 작업 영역에는 아직 행사가 없습니다.', 'このワークスペースにはまだイベントがありません。'],
  ['Infra Notes: Go to Event', 'Infra Notes: 행사로 이동', 'Infra Notes: イベントへ移動'],
  ['Type an event name, date or venue', '행사 이름, 날짜, 장소를 입력하세요', 'イベント名・日付・会場を入力してください'],
  ['The index has no card for this tool.', '인덱스에 이 도구의 카드가 없습니다.', 'インデックスにこのツールのカードがありません。'],
  ['No mentions found.', '언급된 곳이 없습니다.', '言及箇所は見つかりませんでした。'],
  ['Open a note and put the cursor in a talk first.', '먼저 노트를 열고 발표 안에 커서를 두세요.', '先にノートを開き、発表の中にカーソルを置いてください。'],
  ['The cursor is not in a talk.', '커서가 발표 안에 있지 않습니다.', 'カーソルが発表の中にありません。'],
  ['“{0}” is not in the Events view yet.', '“{0}”이(가) 아직 행사 뷰에 없습니다.', '「{0}」はまだイベントビューにありません。'],
  ['Infra Notes: reindexing the workspace…', 'Infra Notes: 작업 영역을 다시 인덱싱하는 중…', 'Infra Notes: ワークスペースを再インデックスしています…'],
  ['Show Index Status', '인덱스 상태 보기', 'インデックスの状態を表示'],
  [
    'Indexed {0} notes: {1} events, {2} talks, {3} tools, in {4} ms.',
    '노트 {0}개를 인덱싱했습니다: 행사 {1}개, 발표 {2}개, 도구 {3}개 ({4}ms).',
    'ノート {0} 件をインデックスしました: イベント {1} 件、発表 {2} 件、ツール {3} 件 ({4} ms)。',
  ],
  ['Infra Notes Index Status', 'Infra Notes 인덱스 상태', 'Infra Notes インデックスの状態'],
  ['Starting the language server…', '언어 서버를 시작하는 중…', '言語サーバーを起動しています…'],
  ['Indexing is in progress; the numbers below are not final yet.', '인덱싱이 진행 중이라 아래 숫자는 아직 최종 값이 아닙니다.', 'インデックス作成中のため、以下の数値はまだ確定していません。'],
  ['What', '항목', '項目'],
  ['Count', '개수', '件数'],
  ['Notes', '노트', 'ノート'],
  ['Events', '행사', 'イベント'],
  ['Tool mentions', '도구 언급', 'ツールへの言及'],
  ['Last full index took {0} ms; {1} notes came from the cache.', '마지막 전체 인덱싱에 {0}ms가 걸렸고, 노트 {1}개는 캐시에서 읽었습니다.', '前回の全体インデックスには {0} ms かかりました。ノート {1} 件はキャッシュから読み込みました。'],
  ['Folders', '폴더', 'フォルダー'],
  ['Skipped files ({0})', '건너뛴 파일 ({0})', 'スキップしたファイル ({0})'],
  ['None.', '없음.', 'なし。'],
  ['Problems ({0})', '문제 ({0})', '問題 ({0})'],
  ['Talk title', '발표 제목', '発表タイトル'],
  ['Speaker Name', '발표자 이름', '登壇者名'],
  ['Company', '회사', '会社名'],
  [
    'Your notes. Tools you mention are found in any spelling.',
    '메모를 적어 보세요. 언급한 도구는 어떤 표기로 써도 찾아 줍니다.',
    'ここにメモを書きます。言及したツールはどの表記でも見つかります。',
  ],
  ['Browse…', '찾아보기…', '参照…'],
  ['workspace folder', '작업 영역 폴더', 'ワークスペースフォルダー'],
  ['Create Note Here', '여기에 노트 만들기', 'ここにノートを作成'],
  ['New Event Note: folder', '새 행사 노트: 폴더', '新しいイベントノート: フォルダー'],
  ['Where should the note go?', '노트를 어디에 만들까요?', 'ノートをどこに作成しますか?'],
  ['New Event Note (1/3)', '새 행사 노트 (1/3)', '新しいイベントノート (1/3)'],
  ['Event name', '행사 이름', 'イベント名'],
  ['e.g. HashiCorp User Group Seoul #13, KubeCon Japan 2025', '예: 하시코프 한국 사용자 모임 13회, KubeCon Japan 2025', '例: HashiCorp User Group Tokyo #19、KubeCon Japan 2025'],
  ['Give the event a name.', '행사 이름을 입력하세요.', 'イベント名を入力してください。'],
  ['New Event Note (2/3)', '새 행사 노트 (2/3)', '新しいイベントノート (2/3)'],
  ['Date of the event (YYYY-MM-DD)', '행사 날짜 (YYYY-MM-DD)', 'イベントの日付 (YYYY-MM-DD)'],
  ['Write the date as YYYY-MM-DD, e.g. {0}.', '날짜는 YYYY-MM-DD 형식으로 입력하세요. 예: {0}', '日付は YYYY-MM-DD 形式で入力してください。例: {0}'],
  ['New Event Note (3/3)', '새 행사 노트 (3/3)', '新しいイベントノート (3/3)'],
  ['Venue (optional)', '장소 (선택)', '会場 (省略可)'],
  ['e.g. COEX, Seoul', '예: 서울 코엑스', '例: 東京・渋谷'],
  ['{0} is not a folder.', '{0}은(는) 폴더가 아닙니다.', '{0} はフォルダーではありません。'],
  ['Could not find a free file name for {0}.md in {1}.', '{1}에서 {0}.md 대신 쓸 수 있는 파일 이름을 찾지 못했습니다.', '{1} に {0}.md の空いているファイル名が見つかりませんでした。'],
];

const exportOnly = process.argv.includes('--check');
if (!exportOnly) {
  execFileSync(process.execPath, [path.join(root, 'node_modules/@vscode/l10n-dev/dist/cli.js'), 'export', '-o', here, path.join(root, 'client/src')], { stdio: 'ignore' });
}
const english = JSON.parse(readFileSync(path.join(here, 'bundle.l10n.json'), 'utf8'));
const byEnglish = new Map(T.map(([en, ko, ja]) => [en, { ko, ja }]));
const missing = Object.keys(english).filter((k) => !byEnglish.has(k));
const unused = T.map(([en]) => en).filter((k) => !(k in english));
const placeholders = (s) => (s.match(/\{\d+\}/g) ?? []).sort().join();
const badPlaceholders = T.filter(([en, ko, ja]) => placeholders(en) !== placeholders(ko) || placeholders(en) !== placeholders(ja)).map(([en]) => en);
for (const lang of ['ko', 'ja']) {
  const out = {};
  for (const k of Object.keys(english)) if (byEnglish.has(k)) out[k] = byEnglish.get(k)[lang];
  if (!exportOnly) writeFileSync(path.join(here, `bundle.l10n.${lang}.json`), JSON.stringify(out, null, 2) + '\n');
}
if (unused.length) console.warn(`unused translations: ${JSON.stringify(unused)}`);
if (missing.length || badPlaceholders.length) {
  if (missing.length) console.error(`missing translations: ${JSON.stringify(missing)}`);
  if (badPlaceholders.length) console.error(`placeholders differ: ${JSON.stringify(badPlaceholders)}`);
  process.exit(1);
}
console.log(`l10n: ${Object.keys(english).length} strings, Korean and Japanese complete`);
