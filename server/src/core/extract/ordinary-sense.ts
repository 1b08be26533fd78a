// Whether a tool's spelling is used in its ordinary sense where it stands: "a warehouse packer",
// "the Portuguese consul", "220볼트", "볼트 조이는", "디지털 노마드", "外部コンサル". Context words
// cannot tell: a note about infrastructure has them everywhere, so the test reads only the words
// right around the spelling. A spelling followed by a word of the tool's own trade ("the vault
// cluster", "a packer build") is the tool whatever comes before it.

import { isGivenName } from './given-names';

/** Determiners before a lowercase common noun ("a packer", "the consul", "our vault"). */
const DETERMINERS = new Set('a an the this that my our your their his her its every each'.split(' '));

const ARTICLES = new Set(['a', 'an', 'the']);

/** Words before a spelling that make it the common noun, however it is written ("a bank Vault", "the Dutch consul"). */
const COMMON_NOUN_BEFORE = new Set(
  // ("for Small Teams", "platform Teams": people working together, not the chat app.)
  'small large big platform product engineering feature remote digital honorary vice dutch german french british irish american canadian australian japanese korean chinese indian italian spanish portuguese swiss swedish norwegian danish finnish polish austrian belgian bank steel warehouse professional permissions permission glacier backup'.split(' '),
);

/** Words after a spelling that make it a place's name ("Envoy Coffee", "Harbor Lounge", "Nomad Hotel"). */
// ("the Kafka museum": a museum of the writer's.)
const PLACE_AFTER = new Set('coffee cafe café bar pub lounge hotel restaurant brewery taproom bistro diner bakery coworking hostel museum'.split(' '));
/** ", the café round the corner", ", a tiny bar": the two words after a comma and an article (groups 1 and 2). */
const APPOSITION = /^,\s+(?:the|a|an|our|that)\s+([a-zé]+)(?:\s+([a-zé]+))?/u;

/**
 * After a spelling, in Korean or Japanese: a café, a bar or a shop it names ("'카프카'라는 북카페", "Envoy 라는 카페", "'엔보이'
 * 카페", "「Envoy」というバー").
 */
// (A word of one syllable only alone: "Vault 바로" is "right away"; "카페에서" takes its particle.)
const PLACE_NAMED_AFTER = /^['’"」』]?\s?(?:(?:이?라는|이?란|って(?:いう)?|という)\s?)?(?:북카페|카페|커피숍|술집|호프집?|식당|가게|이자카야|カフェ|喫茶店?|バー|パブ|居酒屋|レストラン|お店|(?:바|펍|店)(?![\p{L}]))/u;

/**
 * Words after a spelling that name a part or a use of the tool: with one of them the spelling is
 * the tool ("the vault cluster", "a packer build", "the consul agent", "the chef recipes").
 */
const TRADE_WORDS = new Set(
  (
    'adoption agent agents api approach backend binary build builds catalog chart charts cli client cluster clusters command commands config configs configuration ' +
    'container containers controller cookbook cookbooks daemon dashboard demo deployment deployments engine file files filter filters image images ' +
    'instance instances integration job jobs manifest manifests mesh migration module modules namespace namespaces node nodes operator operators ' +
    'path paths pipeline pipelines plugin plugins policies policy portal provider providers proxy proxies recipe recipes registry release releases ' +
    'repo repos review role roles rollout secret secrets server servers service services setup sidecar sidecars stack stacks state team template templates token tokens ' +
    'upgrade usage version versions workspace workspaces'
  ).split(' '),
);

/** Korean and Japanese words right before a spelling that make it the common noun ("디지털 노마드", "デジタルノマド", "外部コンサル", "外部のコンサル", "外資系コンサル", "前職はコンサル"). */
// ("우사인 볼트", "쉐보레 볼트": the sprinter, the car.)
// ("AWS Backup 볼트", "카페 엔보이", "カフェ・ノマド": AWS Backup's vault, a café named so.)
const CJK_BEFORE = /(?:Backup|카페|カフェ・?|디지털|デジタル|外部の?|外資系?|前職は?|元・?|大手|戦略|ＩＴ|IT|SF에\s?나오는|SF의|SFの|SFに出てくる|리로이|リーロイ|우사인|쉐보레|쉐비|ウサイン|シボレー)\s?$/u;

/** "Room ", "Hall ", "ルーム": a word that names a room by what follows it. */
const ROOM_BEFORE = /(?:^|[^\p{L}])(?:room|hall|stage|zaal|saal|ルーム|ホール|룸|홀)\s?$/iu;

/** "Room S3 · Title", "Hall C2": a room's name, a letter and a digit, which a tool's short name may spell. */
export function namesRoom(text: string, start: number, surface: string): boolean {
  return surface.length <= 4 && start > 3 && /\d/.test(surface) && ROOM_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/** A Korean or Japanese word right before a bracket ("엔보이(Envoy)"). */
const GLOSSED_WORD = /[\p{sc=Hangul}\p{sc=Katakana}ー]{2,12}$/u;

/**
 * Per Korean or Japanese spelling, what after it (or, for 볼트, a number before it: volts) shows
 * the ordinary word: a bolt tightened or missing, a consulting firm, a packer's part-time job.
 */
const CJK_AFTER: ReadonlyMap<string, RegExp> = new Map([
  ['볼트', /^(?:(?:와|랑|나|\/|·|,)?\s?너트|(?:[이가를을도]|\s)?\s?(?:조이|조여|조인|조임|조였|빠지|빠진|빠졌|빠져|풀|헐거|헐렁|느슨)|\s?(?:구멍|규격|체결|수량|몇\s?개|하나|두\s?개))/u],
  // ("コンサルとして", "コンサルに見積もりを頼んだ", "コンサル時代", "コンサルの人": a consultant, their work, their time as one.)
  ['コンサル', /^(?:会社|業|出身|系|ファーム|案件|料|の方|の人|さん|タント|ティング|の?営業|として|時代|に(?:頼|依頼|見積|相談|外注))/u],
  // "ボルト締め", "ボルトとナット", "ボルトが緩む": the bolt.
  ['ボルト', /^(?:締|止|穴|留|[とや]?ナット|[がを]?(?:締|緩|ゆる|外れ|抜け|折れ))/u],
  // "헬름을 잡다": to be at the helm (to lead), the idiom.
  // ("헬름(키)": the writer's gloss in brackets, the ship's wheel.)
  ['헬름', /^(?:을\s?(?:잡|쥐)|\s?[(（](?:키|타륜)[)）])/u],
  // "하버 뷰", "ハーバービュー": the view over a harbour.
  ['하버', /^\s?뷰/u],
  ['ハーバー', /^\s?(?:ビュー|ライト|サイド)/u],
  ['패커', /^\s?(?:알바|아르바이트)/u],
  // "ノマドなクラスタ", "ノマド的な働き方", "노마드족": the word as an adjective or a way of life.
  ['ノマド', /^(?:な(?!し|く|い)|的|\s?ワーカー|\s?ワーク|\s?ライフ|生活|カフェ|ベース|族)/u],
  // ("노마드 라이프스타일": with a space too.)
  ['노마드', /^\s?(?:족|워커|워크|라이프|생활|카페)/u],
  ['パッカー', /^(?:[（(][^()（）]{1,10}[)）])?(?:の?バイト|の?アルバイト)|^車/u],
]);

/** Per lowercase English spelling, words that say it is meant in its ordinary sense when they stand right beside it. */
const GLOSSES: ReadonlyMap<string, RegExp> = new Map([
  ['vault', /銀行|金庫|은행|금고|\bbank\b/iu],
  // ("a Chef de partie in Lyon", "chef story was great. kitchens == incident command": the cook.)
  ['chef', /料理|厨房|요리|주방|\bcook(?:s|ed|ing)?\b|\bkitchens?\b|\bde partie\b|\bsous\b|\bpastry\b|\bculinary\b|\brestaurant\b|\bcatering\b|\bcaterer|\bmenu\b|\bdinner\b|\blunch\b|'s special/iu],
  // ("선장님이 키(helm) 잡게 해줌": the yacht's wheel.)
  ['helm', /船|舵|배의\s*키|방향타|조타|요트|선장|ヨット|船長|\bship\b|\bboat\b|\bsail|\byacht|\bcaptain\b/iu],
  // "옛날 부두 노동자(docker)", "a docker on the waterfront": the dock worker.
  ['docker', /부두|항만|하역|港湾|荷役|\bdock\s?workers?\b|\blongshore|\bstevedores?\b|\bwaterfront\b/iu],
  // "'packer'가 포장 담당 직함", "梱包係の packer": the job of packing boxes.
  ['packer', /포장\s*(?:담당|직|알바|작업|일)|물류\s*센터|梱包|\bwarehouse\b|\bmoving company\b|\bmovers\b/iu],
  ['puppet', /\bpuppet shows?\b|\bsock\b|theat(?:er|re)|\btoys?\b|人形|인형/iu],
  // "a posting as vice consul in Osaka": the diplomat.
  ['consul', /\bembass(?:y|ies)\b|\bconsulate\b|\bdiplomat|\bforeign service\b|\bpassports?\b|大使館|領事|대사관|영사|외교관/iu],
  // "ztunnel + waypoint proxy": Istio's ambient mode, or the writer says it is not HashiCorp's.
  ['waypoint', /ztunnel|\bistio\b|\bambient\b|無関係|関係ない|관계\s?없|\bunrelated\b/iu],
  ['ansible', /sci-?fi|science[- ]fiction|le guin|ursula|공상\s*과학|SF\s*(?:소설|영화)|SF(?:小説|映画)|르\s?귄|ル・?グウィン|\bftl\b|faster[- ]than[- ]light|빛보다\s*빠른|超光速/iu],
  ['envoy', /reluctant|special envoy|peace envoy|diplomat|ambassador|\broyal\b/iu],
  ['terraform', /火星|화성|\bmars\b|\bplanets?\b|\bvenus\b|テラフォーマーズ|テラフォーミング|테라포밍/iu],
  // "a pic of the cat asleep … very calico": the cat's coat, or the cotton cloth.
  ['calico', /\bcats?\b|\bkitten|\bfabric\b|\bcotton\b|\bdress\b|\bquilt|\bvery calico\b|고양이|삼색|猫|三毛/iu],
  // "the tempo of incidents", "tempo = pace": the pace of something, not Grafana Tempo.
  ['tempo', /\btempo of\b|\bpace\b|\b(?:fast|faster|slow|slower|steady|high|higher)\s+tempo\b|\bbpm\b|\bmusic/iu],
  // "mapo tofu for lunch": the food, which a HashiConf note's Terraform around it would otherwise make OpenTofu.
  ['tofu', /\blunch\b|\bdinner\b|\bate\b|\beat(?:ing)?\b|\bfood\b|\bmapo\b|\bfried\b|\bsoup\b|\bsoy\b|\bramen\b|\bbento\b|\bvegan\b|\bmenu\b|豆腐|두부|점심|저녁|ランチ|昼/iu],
  // "prom night", "the prom": the dance, not Prometheus.
  ['prom', /\bprom (?:night|queen|king|dress)|\bhigh school\b|\bdance\b/iu],
]);

/** Kafka the writer: his books, the adjective, a museum, Murakami's novel. */
const KAFKA_THE_WRITER = /\bnovel|\bthe castle\b|\bthe trial\b|metamorphosis|\bfranz\b|\bread(?:ing)? kafka\b|kafka-?esque|\bkafka museum\b|\bkafka on the shore\b|\bmurakami\b/iu;

/**
 * Per spelling, as written (capitalised too), words on its line that make it the name's other
 * bearer: the Titan who stole fire, a dog called Loki, the villain's snap, a stage's wings.
 */
const SENSE_GLOSSES: ReadonlyMap<string, RegExp> = new Map([
  ['Prometheus', /steal(?:s|ing)?\s+(?:the\s+)?fire|stole\s+(?:the\s+)?fire|\btitan\b|\bmyth|\bgreek\b|神話|신화/iu],
  ['プロメテウス', /神話|火を(?:与え|盗)|タイタン|ギリシャ|映画/u],
  ['프로메테우스', /신화|불을\s?(?:훔|준|주)|타이탄|그리스|영화/u],
  // "read Kafka on the train home (The Castle)": the novelist.
  // "「Puppet」ってノベルティのパペット人形": a doll or a show, not the tool.
  ['Puppet', /人形|ノベルティ|인형|\bpuppet shows?\b|\bpuppet theat(?:re|er)s?\b|\bpuppeteers?\b|\bsock puppets?\b|\bmuppets?\b/iu],
  // ("the Kafka museum in Prague": the writer's.)
  // ("the line was kafka-esque", "Kafka on the Shore": the adjective, Murakami's novel.)
  ['Kafka', KAFKA_THE_WRITER],
  ['kafka', KAFKA_THE_WRITER],
  // "Falco's "Rock Me Amadeus" at karaoke": the singer.
  ['Falco', /\bsinger\b|\bamadeus\b|karaoke|가수|노래방|歌手|カラオケ/iu],
  // "명함에 Consul General 이라고", "the Consul General": the diplomat's title.
  ['Consul', /\bconsul general\b|\bembass(?:y|ies)\b|\bconsulate\b|\bdiplomat|영사|외교관|領事|大使館/iu],
  ['Loki', /\bdogs?\b|\bcats?\b|\bpupp(?:y|ies)\b|\bmarvel\b|\bthor\b|god of mischief|\bhelmet\b|강아지|고양이|반려견|반려묘|댕댕이|마블|犬|猫|愛犬|飼い犬|マーベル/iu],
  // "worked as a Chef de partie in Lyon": the cook's trade (not "kitchen": Chef's Test Kitchen).
  ['Chef', /\bde partie\b|\bsous[- ]chef\b|\bhead chef\b|\bpastry\b|\bculinary\b|\brestaurant\b|\bcook(?:ed|ing)\b|\bmichelin\b/iu],
  // "Boundary between platform and app teams", "팀 사이 Boundary를 어디에 그을지", "開発の Boundary をどこに引くか": a line drawn between teams.
  ['Boundary', /\bBoundary between\b|(?:사이|간)\s?Boundary|Boundary[를을]?\s?(?:어디에\s?|어디까지\s?)?(?:긋|그어|그을|그인|나누|나눌)|Boundary\s?を\s?(?:どこに|どこで)?\s?引/iu],
  ['Thanos', /\bmarvel\b|\bsnap\b|\binfinity\b|\bgauntlet\b/iu],
  ['타노스', /핑거|스냅|마블|인피니티/u],
  ['サノス', /指パッチン|マーベル|インフィニティ/u],
  ['バックステージ', /登壇者|楽屋|舞台|ステージ裏|控室|控え室|倉庫|会場の/u],
  ['백스테이지', /무대|대기실/u],
]);

/** A name given to something right before the spelling: "飼い猫の名前が「ジェンキンス」", "1 号機は「アンシブル」", "고양이 이름이 젠킨스". */
const CJK_NAMED = /(?:名前|ホスト名|愛称|あだ名)[がはも]\s*[「『"“]?\s*$|号機[はが]\s*[「『"“]?\s*$|(?:이름|별명|호스트\s?이름)[이은]\s*[「『"“']?\s*$/u;

/** An animal, a place of business or a vessel, then "called" or "named" (and an article of its name) before the spelling, three words between them at most. */
const CALLED_BEFORE = /\b(?:cat|dog|pet|pupp(?:y|ies)|kitten|hamster|parrot|goldfish|rabbit|pony|horse|bar|pub|caf[eé]|coffee\s?shop|restaurant|bistro|brasserie|diner|bakery|hotel|hostel|lounge|brewery|van|truck|food\s?truck|cart|stall|shop|store|bookshop|bookstore|museum|gallery|boat|ship|yacht|ferry)s?(?:\s+[\p{L}'’]+){0,3}?\s+(?:called|named)\s+(?:(?:the|le|la|les|el|de|der|die|das)\s+)?$/iu;

/** Tools' names that are also surnames: after a given name they are a person ("Chris Jenkins (FinOps)", "Leeroy Jenkins"). */
const SURNAMES = new Set(['Jenkins', 'Packer']);

/** Whether the spelling has words that gloss it in its ordinary sense (GLOSSES), or is a surname (SURNAMES): this test reads it, guarded or not. */
export function hasGloss(surface: string): boolean {
  return GLOSSES.has(surface) || SURNAMES.has(surface) || SENSE_GLOSSES.has(surface);
}

/** The Korean and Japanese spellings this test reads, guarded or not: every one (a name given to something, CJK_NAMED, may precede any). */
export function readsCjk(surface: string): boolean {
  return surface.charCodeAt(0) >= 0x3040;
}

/** Per Korean or Japanese spelling, words on its line that make it the ordinary word: a cook at the catering, not Chef. */
const CJK_GLOSSES: ReadonlyMap<string, RegExp> = new Map([
  ['셰프', /케이터링|호텔|요리|음식|메뉴|식사|점심|저녁|맛있|디저트|스테이크|레스토랑|이탈리안|주방/u],
  ['シェフ', /お好み焼き|焼肉|寿司|居酒屋|店の|店主|洋食|和食|中華|食堂|コック|屋の|ケータリング|ホテル|料理|パスタ|ピザ|ビーフ|ランチ|ディナー|弁当|食事|美味|おいし|デザート|メニュー|レストラン|イタリアン|フレンチ|厨房/u],
  // "天井がボールト（ヴォールト）構造": the arched ceiling.
  ['ボールト', /天井|建築|アーチ|ヴォールト|ドーム/u],
  ['ヴォールト', /天井|建築|アーチ|ボールト|ドーム/u],
  // "タイトルのノマドは HashiCorp のあれではなく": the writer says it is not the tool.
  ['ノマド', /遊牧|ではなく|じゃなく|働き方/u],
  // "物流部門の梱包担当", "ゴミ収集": the one who packs boxes, the garbage truck.
  ['パッカー', /梱包|物流|引っ越し|ゴミ収集|収集車/u],
  // "「イェーガー」（Jägermeister）": the drink.
  ['イェーガー', /マイスター|Jägermeister|jagermeister|お酒|飲み物|ドリンク|ショット/iu],
  ['예거', /마이스터|Jägermeister|jagermeister|술|칵테일|샷/iu],
  // "볼트를 금고에 비유": the bank's safe.
  // ("볼트는 그냥 나사 볼트임. 공구함에…": the screw's bolt.)
  ['볼트', /금고|은행|나사|공구|렌치/u],
  // "선장님이 헬름 잡듯이", "배 키(타륜)": the ship's wheel.
  ['헬름', /선장|조타|타륜|항해|선박|요트|배의?\s*(?:키|헬름)/u],
  // "組織の舵(ヘルム)を握る": the helm as the ship's, said of who leads.
  ['ヘルム', /舵|船長|操舵|航海|ヨット|船の/u],
  // "부산항 크레인", "横浜港の目の前なので「ハーバー」": the port.
  ['하버', /항구|항만|부두|[북남]항|부산항|인천항|크레인|요트|바다|해변|여객선/u],
  ['ハーバー', /港|埠頭|ヨット|クルーズ|海辺|海が|船/u],
  // "물류센터 패커 분들이 박스 포장하는 영상": the people who pack boxes.
  ['패커', /포장|물류|박스|택배|이삿짐/u],
  ['노마드', /유목|아니라|아니고|디지털\s*노마드/u],
  // "ハンダ付けでフラックス塗りすぎた": the solder's flux.
  ['フラックス', /はんだ|ハンダ|半田|融剤|溶接|基板|磁束|磁気|物理|電磁/u],
  // "パペット人形", "퍼펫 인형극": a doll or a show.
  ['パペット', /人形|ノベルティ|ショー|劇|ぬいぐるみ/u],
  ['퍼펫', /인형|쇼|공연|극/u],
  // ("자기 플럭스", "磁束（フラックス）": the physicist's flux.)
  ['플럭스', /납땜|솔더|용접|기판|자기\s?플럭스|자속|물리학?|전자기/u],
  // "음식에 솔트 조금", "ソルトとペッパー": the salt on food.
  ['솔트', /음식|요리|소금|후추|페퍼|맛|간을|레시피|스테이크|감자/u],
  ['ソルト', /料理|塩|胡椒|ペッパー|味|レシピ|ステーキ|ポテト/u],
  // "팀 간 바운더리를 어디에 긋느냐": a line drawn between teams.
  ['바운더리', /긋|그어|그을|그인|나누|경계|팀\s?간|조직|책임/u],
  ['バウンダリー', /引く|引き|引い|境界|チーム間/u],
  // "카프카 『변신』", "カフカの『変身』": the novelist.
  ['카프카', /변신|소설|프란츠|작가|문학|해변의\s?카프카|하루키|무라카미/u],
  ['カフカ', /変身|小説|フランツ|作家|文学|海辺の\s?カフカ|村上|春樹/u],
]);

/**
 * True when the spelling at [start, end) of `text` is an ordinary word, not the tool. `guarded`:
 * the spelling is one a tool guards (case or context), which the English tests are for.
 */
export function ordinarySense(text: string, start: number, end: number, surface: string, guarded: boolean): boolean {
  // "kind: Deployment": a Kubernetes manifest's key, not the tool.
  if (surface === 'kind' && /^:\s*[A-Z][A-Za-z]+\s*$/u.test(text.slice(end, end + 40).split('\n', 1)[0])) return true;
  // ("She has a cat called Nomad", "our dog named Loki", "a tiny wine bar called Le Consul": a pet's or a place's name.)
  // ("the café downstairs is literally called Envoy": a few words between them.)
  // (Tested only where one of the two words is: most mentions have neither before them.)
  const back = text.slice(Math.max(0, start - 60), start);
  if ((back.includes('called') || back.includes('named')) && CALLED_BEFORE.test(back)) return true;
  const sense = SENSE_GLOSSES.get(surface);
  if (sense && sense.test(lineAround(text, start, end, 40, 40))) return true;
  if (PLACE_NAMED_AFTER.test(text.slice(end, end + 16))) return true;
  // ("카페 엔보이(Envoy)": the spelling in brackets glosses the word before it, which a café's name is.)
  const open = text.charCodeAt(start - 1);
  if ((open === 40 || open === 0xff08) && start > 3) {
    const glossed = GLOSSED_WORD.exec(text.slice(Math.max(0, start - 13), start - 1));
    if (glossed && CJK_BEFORE.test(text.slice(Math.max(0, start - 1 - glossed[0].length - 10), start - 1 - glossed[0].length))) return true;
  }
  const first = surface.charCodeAt(0);
  if (first >= 0x3040) {
    if (CJK_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || CJK_NAMED.test(text.slice(Math.max(0, start - 12), start))) return true;
    const after = CJK_AFTER.get(surface);
    if (after && after.test(text.slice(end, end + 16))) return true;
    const gloss = CJK_GLOSSES.get(surface);
    if (gloss && gloss.test(lineAround(text, start, end, 24, 24))) return true;
    // "220볼트", "12 볼트", "100ボルト": volts; "너트와 볼트", "ナットとボルト": the nut's bolt.
    // "1日数テラ（TB）", "3테라", "몇 테라바이트": tera, a quantity of bytes, not Terraform written short.
    if ((surface === 'テラ' || surface === '테라') && (/(?:\d|数|몇)\s?$/u.test(text.slice(Math.max(0, start - 2), start)) || /^\s?(?:[(（]\s?TB|バイト|바이트|B(?![\p{L}]))/u.test(text.slice(end, end + 6)))) return true;
    if ((surface === '볼트' || surface === 'ボルト') && (/\d\s?$/.test(text.slice(Math.max(0, start - 2), start)) || /(?:너트|ナット)\s?(?:와|과|랑|나|と|や|,|、|·|\/)?\s?$/u.test(text.slice(Math.max(0, start - 6), start)))) return true;
    return false;
  }
  // "銀行で vault と言うと地下の金庫", "은행 금고(vault)": a lowercase spelling glossed by the ordinary word beside it.
  const gloss = isLowerWord(surface) ? GLOSSES.get(surface) : undefined;
  // (Not when a word of the tool's trade follows it: "vault server 띄우고 (은행 금고 말고)".)
  if (gloss && gloss.test(lineAround(text, start, end, 32, 40)) && !TRADE_WORDS.has(wordAfter(text, end) ?? '')) return true;
  if (SURNAMES.has(surface) && !TRADE_WORDS.has(wordAfter(text, end) ?? '')) {
    const name = wordBefore(text, start);
    if (name !== null && (isGivenName(name) || name === 'Leeroy' || name === 'Leroy')) return true;
  }
  if (!guarded) return false;
  // ("Envoy Coffee", "Seongsu Harbor Lounge": a place of business named so.)
  if (PLACE_AFTER.has(wordAfter(text, end) ?? '')) return true;
  // ("escaped to Envoy, the café round the corner": the place it is, said after a comma.)
  if (text.charCodeAt(end) === 44) {
    const apposition = APPOSITION.exec(text.slice(end, end + 40));
    if (apposition && (PLACE_AFTER.has(apposition[1]) || PLACE_AFTER.has(apposition[2] ?? ''))) return true;
  }
  const before = wordsBefore(text, start);
  if (COMMON_NOUN_BEFORE.has(before[0] ?? '')) return true;
  // Only a lowercase word is read as the common noun after a determiner ("a Vault cluster" is the tool however it is led).
  if (!isLowerWord(surface)) return false;
  // An article two words back leads an adjective or a noun ("a professional packer"); "that glues
  // packer" is a pronoun and a verb, so the other determiners count only right before.
  const determined = DETERMINERS.has(before[0] ?? '') || (before[0] !== undefined && ARTICLES.has(before[1] ?? ''));
  if (!determined) return false;
  // Joined to the next word ("a vault-backed store", "the packer/ansible pair"): the tool.
  const after = wordAfter(text, end);
  return after !== null && !TRADE_WORDS.has(after);
}

/**
 * The writer says the word is not the tool, on its line: "(Not HashiCorp Boundary.)", "vault as in storage, not HashiCorp",
 * "これは HashiCorp Vault ではない", "Boundary 製品の話ではない", "(HashiCorp Sentinel 아님)". Every spelling of it on the line is
 * then the ordinary word, when it is written lower-case or the line has it twice ("Ansible Vault … HashiCorp Vault ではない"):
 * "OpenTofu, not HashiCorp Terraform" alone names the tool it compares. `start` and `end` are the spelling's place in the
 * line, which `mayDisclaim` has passed.
 */
export function disclaimed(line: string, start: number, end: number): boolean {
  const surface = line.slice(start, end);
  const lower = isLowerWord(surface);
  // "vault as in storage": the sense the writer means, right after it.
  if (lower && /^\s+as in\b/u.test(line.slice(end, end + 8))) return true;
  // ("HashiCorp Vault ではない": the disclaimer's own spelling, its vendor's name first.)
  const bare = surface.replace(/^HashiCorp\s+/iu, '');
  const name = bare.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const said = new RegExp(String.raw`(?<!\bwhy\s)\bnot\s+(?:the\s+)?HashiCorp(?:'s)?(?:\s+${name}\b(?!\s*\?)|(?![\s-]*\w))|(?:HashiCorp|하시코프|ハシコープ)\s*(?:の\s*)?${name}\s*(?:製品|ツール|제품|툴)?\s*(?:の話)?\s*(?:(?:ではな|じゃな)(?!い?の?か)|とは(?:別|関係)|아님|아니(?![야냐에])|말고)|${name}\s*(?:製品|ツール|제품|툴)\s*(?:の話)?\s*(?:(?:ではな|じゃな)(?!い?の?か)|아님|아니(?![야냐에])|말고)`, 'iu');
  if (!said.test(line)) return false;
  if (lower) return true;
  const low = line.toLowerCase();
  const word = bare.toLowerCase();
  const at = start + (surface.length - bare.length);
  return low.indexOf(word, at + word.length) >= 0 || low.lastIndexOf(word, at - 1) >= 0;
}
/** What every disclaimer has in it: the test before `disclaimed`, once per line. */
export function mayDisclaim(line: string): boolean {
  return DISCLAIMER_CUE.test(line);
}
const DISCLAIMER_CUE = /HashiCorp|하시코프|ハシコープ|製品|ツール|제품|툴|\bas in\b/iu;

/** Up to `before` characters before [start, end) and `after` after it, within the spelling's own line. */
function lineAround(text: string, start: number, end: number, before: number, after: number): string {
  const lineEnd = text.indexOf('\n', end);
  return text.slice(Math.max(start - before, text.lastIndexOf('\n', start - 1) + 1), Math.min(end + after, lineEnd < 0 ? text.length : lineEnd));
}

function isLowerWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 45)) return false;
  }
  return s.length > 0;
}

/**
 * The two words before `at` in the same clause, nearest first, lower-cased: each ends one space
 * before the next and is letters (or a hyphenated word); stops at anything else. Read by hand:
 * it runs for every guarded match.
 */
function wordsBefore(text: string, at: number): string[] {
  const words: string[] = [];
  let end = at;
  while (words.length < 2) {
    if (end < 2 || text.charCodeAt(end - 1) !== 32) break;
    let i = end - 1;
    while (i > 0 && end - i <= 16) {
      const c = text.charCodeAt(i - 1);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45)) break;
      i--;
    }
    if (i === end - 1) break;
    words.push(text.slice(i, end - 1).toLowerCase());
    end = i;
  }
  return words;
}

/** The capitalised word right before `at` (one space between), as written; null when there is none. */
function wordBefore(text: string, at: number): string | null {
  if (at < 3 || text.charCodeAt(at - 1) !== 32) return null;
  let i = at - 1;
  while (i > 0 && at - i <= 16 && /\p{L}/u.test(text.charAt(i - 1))) i--;
  const word = text.slice(i, at - 1);
  return word.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(word) ? word : null;
}

/** The word right after `at` (one space between), lower-cased; '' when there is none, null when a hyphen or slash joins one. */
function wordAfter(text: string, at: number): string | null {
  const sep = text.charCodeAt(at);
  if ((sep === 45 || sep === 47) && /[A-Za-z0-9]/.test(text.charAt(at + 1))) return null;
  if (sep !== 32) return '';
  let i = at + 1;
  while (i < text.length && i - at <= 16) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    i++;
  }
  return text.slice(at + 1, i).toLowerCase();
}
