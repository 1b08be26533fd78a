// Words that decide what a line is: schedule items, page chrome, closing sections, event words.
// Every list covers English, Korean and Japanese.

/** Marks a writer puts before an entry's bracketed label ("◆【LT】Title ／ Name", "■ [세션 1] …"). */
export const LABEL_MARKS = '◆◇■□●○▶▷►★☆・•';

/** Schedule items and section names that are never talks (compared after trimming punctuation). */
export const NOT_A_TALK = new RegExp(
  '^(?:' +
    [
      'registration', 'check-?in', 'breakfast', '도착', '到着', 'arrival', 'logistics', 'practical info(?:rmation)?', 'getting there', 'doors(?: open)?', 'pizza(?: break| time)?', 'beers?', '(?:the )?keynotes', '参加者', '内容', '連絡事項', '詳細(?:メモ)?', 'アクション\\s*アイテム', '참석자', '공지\\s*사항', '액션\\s*아이템', 'details', '(?:room|hall|track|stage|트랙|룸|홀|トラック|ルーム)\\s*[a-z0-9]{0,2}', 'opening(?: remarks)?', 'welcome(?: remarks| & intro(?:duction)?| & housekeeping| (?:from|by) (?:the )?(?:organi[sz]ers|organi[sz]ing team|hosts?))?', 'housekeeping', 'afternoon break', 'morning break', 'intro(?:duction)?', '들어가며', '시작하며', '서론', '프롤로그', 'prologue', 'preface', 'はじめに', 'まえがき',
      'lunch(?: break| box| buffet)?', 'break', '議題', 'ランチ休憩', '점심\\s*시간', 'coffee(?: break)?', 'tea break', 'block\\s*\\d{1,2}(?:\\s*[-–—:]\\s*.{1,30})?', 'survey(?: link)?', '(?:live )?chat q ?& ?a(?: (?:\\+|&|and) wrap-?up)?', '설문(?:\\s*조사)?(?:\\s*링크)?(?:\\s*공유)?', 'アンケート(?:\\s*(?:回答|記入|のお願い))?', '세션\\s*상세', '[\\p{L}-]+ break', '(?:morning|afternoon) tea', '(?:closing|welcome|evening|networking) reception', 'reception', 'networking(?: time)?', 'wrap-?up', 'open spaces?(?: pitch(?:es)?| round \\s*\\d{1,2}| sessions?| marketplace)?', 'unconference', 'closing(?: remarks)?', 'q ?& ?a', 'qna',
      'faq', 'after ?party', 'social', 'dinner', 'drinks', 'sessions?', 'agenda(?: at a glance| overview)?', 'schedule', 'timetable', 'talks', '(?:my )?notes', 'memo', 'summary',
      'overview', 'links', 'references', 'resources', 'tl;?dr', 'toc', 'table of contents', 'sponsors?', 'photos?', 'slides', 'announcements?',
      'raffle', 'group photo', 'other (?:talks|sessions)(?: i (?:attended|saw|went to|caught))?', '(?:mon|tues|wednes|thurs|fri|satur|sun)day', '[월화수목금토일]요일', '[月火水木金土日]曜日?', '(?:my )?to-?dos?', 'next steps', 'follow-?ups?', 'to read(?: later)?', 'reading list', 'things to (?:try|read|check|look into)', 'hallway(?: track| chats?| conversations?)?', 'happy hour', 'morning', 'afternoon', 'evening', 'pizza', 'beers?', 'pizza (?:and|&) beers?', 'expo(?: hall| floor)?', 'sponsor (?:hall|booths?|expo)', 'booths?(?: crawl| tour)?', 'hallway track', 'misc(?:ellaneous)? notes', 'lt', 'lts', 'lightning talks?', 'lt枠', 'lt大会', '라이트닝\\s*토크', 'day \\d+', '\\d{1,2}\\s*일차', '(?:첫|둘|셋)째\\s*날', '\\d{1,2}日目', '第\\d{1,2}日', 'track [a-z0-9]+', 'morning', 'afternoon', 'misc(?:ellaneous)?', 'other', 'etc',
      '접수', '등록', '입장', '오프닝', '여는\\s*말', '닫는\\s*말', '개회(?:사|식)?', '개막(?:사|식)?', '폐막(?:사|식)?', '행사\\s*개요', '스폰서\\s*세션\\s*시간',
      // "_written by @carla_", "notes taken by …": who of a shared document's writers covered the session, not its speaker.
      '(?:notes? )?(?:written|taken|typed|compiled|edited|covered|summari[sz]ed)(?: up)?',
      // "The day at a glance", "Evening social": a recap post's sections around the talks.
      '(?:the )?day at a glance', '(?:evening|after-?work|closing) social',
      // "개회 및 공지", "Opening & announcements", "開会・連絡事項": an opening with the organisers' notices.
      '(?:개회|오프닝|인사말|환영사)\\s*(?:및|&|/|,)\\s*(?:공지(?:\\s*사항)?|인사(?:말)?|안내)', '(?:opening|welcome)(?: remarks)? (?:&|and) (?:announcements|notices|logistics)', '(?:開会|オープニング)(?:挨拶)?\\s*[・&/と]\\s*(?:連絡事項|お知らせ|諸連絡)', '인사말', '환영사', '점심(?:\\s*식사)?', '(?:아침|점심|저녁)\\s*(?:식사|도시락)', '저녁', '도시락', '식사', '휴식(?:\\s*시간)?', '쉬는\\s*시간', '네트워킹(?:\\s*시간)?',
      // "Lab 2 – Vault dev server", "실습 1 — VPC 만들기", "미션 3", "手順2：…": a workshop's exercises between its talks.
      '(?:lab|exercise|step|mission|실습|미션|단계|手順|演習|ステップ|ミッション)\\s*#?\\d{1,2}(?:\\s*(?:[-–—:：.)]|\\s)\\s*.{0,80})?',
      // "Notes per talk", "Session notes", "세션별 메모", "セッションごとのメモ": the heading over the writer's notes on the talks.
      '(?:notes|details) (?:per|for each|on each|by) (?:talk|session)', '(?:talk|session)[- ]by[- ](?:talk|session)(?: notes)?', '(?:per[- ])?(?:talk|session) notes', '세션\\s*별\\s*(?:메모|정리|노트|후기|요약)', '(?:セッション|発表|講演)(?:ごと|別)の?(?:メモ|まとめ|感想|ノート)', '各\\s*(?:セッション|発表|講演)の?(?:メモ|まとめ|感想|ノート)', '각\\s*(?:세션|발표)\\s*(?:별\\s*)?(?:메모|정리|후기)', '(?:notes|thoughts) on each (?:talk|session)',
      // "Changelog", "변경 이력", "更新履歴": the note's own history of edits.
      'change ?log', 'edit (?:log|history)', 'revision history', '(?:note )?history', '변경\\s*(?:이력|내역|기록)', '수정\\s*(?:이력|내역|기록)', '(?:更新|変更|編集)履歴',
      // "들은 세션 목록", "발표자료 모음", "사진": the writer's lists and pictures.
      '(?:내가\\s*)?들은\\s*(?:세션|발표)\\s*(?:목록|리스트|정리)', '(?:발표\\s*자료|슬라이드|영상|녹화\\s*본?|資料|スライド|動画)\\s*(?:모음|링크|목록|まとめ|一覧|リンク)', '사진', '写真', 'photos? (?:dump|album)',
      // "ランチ・展示ブース", "Lunch & expo hall": the exhibitors' hall, alone or after another item ("ブース巡り②", one round of several).
      '展示(?:ブース|会場)?', '(?:最終|最後の)?ブース(?:最終)?(?:巡り|めぐり|回り|巡回)?[①-⑳0-9]{0,2}', '부스(?:\\s*(?:투어|구경|방문))?', 'expo(?: hall)?', 'booths?(?: crawl| tour)?', 'exhibit(?:ion|s|ors)?(?: hall)?',
      '(?:session|talk) ?#?\\d{1,2}', 'top ?\\d{1,2}', '나머지', '그\\s*외', '링크', '세부\\s*메모', '(?:세션|발표)\\s*별\\s*(?:메모|정리|요약)', '(?:내가\\s*)?들은\\s*세션(?:들)?', 'am', 'pm', '(?:my|내)\\s*takeaways', 'backlog', '(?:to watch|watch(?:ed)? later|나중에\\s*(?:vod로\\s*)?(?:볼\\s*것|보기)|後で見る)', '커뮤니티\\s*소개', '발표', '강연', '講演', '発表', 'presentations?', '(?:세션|발표) ?#?\\d{1,2}', '(?:セッション|発表) ?#?\\d{1,2}', '(?:게스트|초청)\\s*(?:세션|발표|강연)\\s*\\d{0,2}', 'guest (?:talk|session|speaker) ?\\d{0,2}', 'ゲスト\\s*(?:セッション|講演|トーク)\\s*\\d{0,2}', '다음\\s*(?:주|모임|시간|회차)', 'next (?:week|time|meetup|session)', '次回(?:予告)?', '개인\\s*(?:todo|메모|할\\s*일)', '参加者への(?:情報|お知らせ|ご案内)', 'hosted by', '뒷풀이', '뒤풀이', '(?:행사\\s*)?종료', '오픈\\s*토크', '終了', 'オープン\\s*トーク', '(?:the )?end', 'backlinks?', '백링크', 'バックリンク', '(?:linked|unlinked) (?:mentions|references)', 'open (?:talk|mic|discussion)', '오전', '오후', '저녁', '엑스포', '클로징', '커피(?:\\s*(?:브레이크|타임))?', '피자', '맥주', '부스(?:\\s*\\S+){0,2}', '마무리', '폐회(?:사)?', '경품(?:\\s*추첨)?', '景品(?:抽選)?', '抽選会', '질의\\s*응답', '질문', '세션', '일정', '시간표', '타임\\s*테이블', '요약', '정리', '목차', '공지',
      '기념\\s*촬영', '단체\\s*사진', '集合写真', '스폰서', '발표\\s*자료', '참고\\s*자료', '기타', '개요', '스폰서\\s*부스', '파트너\\s*부스', '(?:기타|그\\s*외)\\s*(?:들은\\s*)?(?:세션|발표)', '소개', '메모', '노트', '내\\s*메모', '(?:발표|세션|강연)\\s*(?:정리|요약|메모|목록|리스트)', '할\\s*일', '액션\\s*아이템',
      '受付', 'フリートーク', 'フリー\\s*タイム', '開場', '開会(?:挨拶|あいさつ)?', 'オープニング', '休憩', '昼食', 'ランチ', '懇親会', 'ドリンク', '閉会(?:挨拶|あいさつ)?', 'クロージング', '乾杯', '午前', '午後', '昼休憩', '昼休み', 'コーヒー(?:\\s*ブレイク)?', 'ピザ', 'タイムテーブル', '(?:当日の)?流れ', '進行表', 'run[- ]of[- ]show', 'run ?sheet', 'cue ?sheet', '런\\s*시트', '큐\\s*시트', '진행\\s*(?:순서|표)', '(?:スポンサー)?ブース(?:巡り|めぐり|巡回)?', 'ハルウェイ(?:トラック)?', '廊下(?:トラック)?',
      'アジェンダ', '目次', '資料', 'スライド', '動画', '質疑応答', 'セッション', 'スケジュール', 'まとめ', '個人的(?:な)?(?:まとめ|感想)', '参考(?:資料|リンク)?', 'スポンサー', '集合写真', '集合', '自己紹介', 'もくもく(?:開始|タイム|作業)?', '作業(?:開始|時間)?', 'ltタイム', '撤収', '片付け', '解散', 'その他', 'その他(?:聞いた|の|に聞いた)?(?:セッション|発表|講演)', '概要', 'お知らせ', 'メモ', 'ノート', 'やること', '自分用(?:メモ)?', '自分メモ', '個人メモ', 'todo(?:リスト)?', '(?:発表|セッション|講演)(?:一覧|メモ|まとめ)',
      // "### Lightning", "LT": the label over the lightning talks (choose-talks.ts reads the items under it).
      'lightning(?: round)?', 'lightnings', '(?:sessions|talks) i (?:attended|saw|went to|caught)', '(?:short |long )?break(?:,? (?:and |& )?(?:drinks|coffee|snacks))?', '경품\\s*추첨(?:\\s*(?:및|&)\\s*마무리)?', '마무리', '운영진\\s*공지(?:\\s*사항)?', '체크인(?:\\s*[,&]\\s*아침)?', 'ignites?(?: talks?)?', 'pecha ?kucha(?: talks?)?', 'for me', '라이트닝', 'ライトニング(?:\\s*トーク)?',
      // "루비홀 (B)", "그랜드볼룸 · 키노트", "大ホール": a room's name heading its talks, or the slot held there.
      '[가-힣]{1,8}\\s?(?:홀|볼룸|룸)(?:\\s*\\([a-z0-9]{1,2}\\))?(?:\\s*·\\s*(?:키노트|클로징|오프닝|a트랙|b트랙))?', '[\\p{sc=Katakana}ー\\p{sc=Han}]{1,8}(?:ホール|ルーム)(?:\\s*[(（][a-z0-9]{1,2}[)）])?',
      // "second talk (was #3 on the agenda)": an ordinal and the word alone, the talk named under it.
      '(?:first|second|third|fourth|fifth|sixth|seventh|last|final|next|another) (?:talk|session|presentation|speaker)',
      // An event page's own sections ("開催日時", "参加枠", "注意事項"), a part of a study group's evening ("2부", "第2部", "Part 2").
      // "登壇者プロフィール", "연사 소개", "About the speaker", "Abstract": an event page's parts of a talk, copied under its heading.
      '(?:登壇者|講演者|発表者|スピーカー|講師)\\s*(?:プロフィール|紹介|情報)', 'プロフィール', '(?:연사|발표자|강연자|발표|세션|강의)\\s*(?:소개|프로필|정보|설명)', 'about (?:the )?(?:speakers?|presenters?|session|talk)', '(?:speaker )?bios?', '(?:session |talk )?(?:abstract|description)',
      // "Live Q&A (all guests)", "사회: 류지훈", "クロージング・次回告知": the host's parts of the programme.
      // "제안된 주제 보드", "Open Space board", "トピックボード": an unconference's board of proposed sessions.
      '(?:(?:제안된|proposed)\\s*)?(?:주제|topics?|open\\s*spaces?|sessions?)\\s*(?:보드|board)', '(?:トピック|テーマ)\\s*(?:ボード|一覧|候補)',
      'live q ?& ?a(?: \\([^()]*\\))?', 'mc\\s*(?:멘트|script|notes?|台本)', '(?:사회자?|司会|進行)\\s*(?:멘트|台本|スクリプト|대본)', '큐\\s*시트', 'cue\\s*sheet', '進行(?:表|台本)', '台本', '(?:사회|진행|司会|進行|mc|moderator|host)\\s*[:：]\\s*\\S.{0,30}', '(?:(?:クロージング|閉会)\\s*[・&/と]\\s*)?次回(?:告知|予告|案内)',
      '開催(?:日時|概要|情報)', '会場', 'イベント(?:内容|情報|詳細)', '参加枠', '注意事項', 'お昼(?:休憩)?', '\\d\\s*부', '제\\s*\\d\\s*부', '第[\\d一二三四五]部', 'part \\d', '패널\\s*(?:q ?& ?a|qna|토론|토크|토의)', '패널', 'パネル(?:ディスカッション|トーク)',
      // A trip report's and a team's minutes' own sections: the purpose, the schedule, the sessions in short, decisions, what follows.
      '(?:참관|출장|참석|참가)\\s*(?:목적|개요|배경|일정|정보)', '결정\\s*사항', '논의\\s*(?:사항|내용)', '회의\\s*(?:내용|요약)', '決定事項', '議事(?:内容)?', 'decisions?', 'action items?', '일정\\s*(?:요약|정리|개요)', '(?:주요\\s*)?(?:세션|발표)\\s*(?:요약|정리|내용|목록|리스트)', '시사점(?:\\s*및\\s*(?:적용\\s*)?(?:방안|계획))?', '적용\\s*(?:방안|계획)', '후속\\s*(?:조치|계획|액션)', '결론', '기대\\s*효과', '(?:참고|기타)\\s*사항',
      '(?:出張|参加)(?:の)?(?:目的|概要)', '目的', '日程(?:概要)?', '(?:主な|主要)?(?:セッション|講演)(?:概要|一覧|まとめ|の要約)', '今後の(?:アクション|対応|取り組み|展望|予定)', '業務への(?:活用|反映|適用)', '(?:社内|チーム)への(?:展開|共有|フィードバック)',
      '(?:purpose|objectives?|goals?)(?: of (?:the |this )?(?:trip|visit|attendance))?', '(?:key|main) (?:sessions|talks)(?: attended| summary)?', '(?:summary of |sessions? )(?:sessions|talks|attended)', 'recommendations?', '(?:next|follow-?up) actions',
      // "등록·웰컴 커피", "스폰서 부스 투어（HashiCorp，Datadog）": a welcome drink, a walk round the sponsors' booths.
      '(?:웰컴|welcome|ウェルカム)\\s*(?:커피|드링크|coffee|drinks?|コーヒー|ドリンク)', '스폰서\\s*부스\\s*(?:투어|구경|방문|순회)', 'sponsor\\s*booths?\\s*(?:tour|crawl|visits?)', 'スポンサー\\s*ブース\\s*(?:巡り|めぐり|ツアー)',
      // The organisers' welcome: "운영진 인사 (서지훈)", "運営挨拶", "Organizers' welcome".
      '(?:운영진|운영팀|주최\\s*측?|커뮤니티)\\s*(?:인사|소개|인사말)', '運営(?:から|より|の)?\\s*(?:挨拶|あいさつ|ご挨拶)', "organi[sz]ers?'?\\s*(?:welcome|intro(?:duction)?|remarks)", "(?:host|mc|emcee)(?:'s)?\\s*(?:welcome|intro(?:duction)?|remarks)",
      // A conference day's other parts: a vendor's booth demo, office hours with a product's team, an exam room, 1:1s with experts.
      // (The words before them are read once for all three: three alternatives reading them took 60% of this list's time.)
      '(?:[\\p{L}\\p{N}.&-]+\\s+){0,3}(?:booth\\s*(?:demos?|visits?)|office\\s*hours?(?:\\s+(?:with|for)\\s+.{1,40})?|(?:certification|certified)\\s*(?:exams?|rooms?|lounge))', 'exam\\s*rooms?', 'ask\\s+(?:the|an)\\s+experts?(?:\\s*(?:1\\s*[:：]\\s*1|1\\s*on\\s*1|booth|lounge))?',
      '(?:\\S+\\s*)?(?:부스\\s*데모|ブース\\s*デモ|オフィス\\s*アワー|資格試験(?:会場)?)', '(?:\\S+\\s+)?\\S*오피스\\s*아워', '(?:\\S+\\s+){0,3}자격증\\s*시험(?:장)?', '[「『]?エキスパートに聞く[」』]?(?:\\s*1\\s*on\\s*1)?',
    ].join('|') +
    ')$',
  'iu',
);

/**
 * A bracketed tag that says an entry of the day is no talk: "[BOOTH] Datadog demo", "[OFFICE HOURS] Amazon EKS team",
 * "[EXAM] certification room", "【ブース】…", "[부스] …". Kept by parseTalkLine, which strips a talk's tags ("[LAB]", "[LT]").
 */
export const NOT_A_TALK_TAG = /^[[【]\s*(?:booths?(?:\s*demos?)?|expo|exhibit(?:ion|or)s?|office\s*hours?|exams?|certification(?:\s*(?:exams?|room))?|ask\s*the\s*experts?|lunch|break|coffee|networking|party|부스|오피스\s*아워|자격증(?:\s*시험)?|시험장?|점심|휴식|네트워킹|ブース(?:デモ)?|展示|オフィス\s*アワー|資格試験|試験|ランチ|休憩|懇親会)\s*[\]】]/iu;

/** Sections that end the talks: the writer's own epilogue, "about this meetup", and the like. */
export const CLOSING_SECTION = new RegExp(
  '^(?:' +
    [
      '에필로그', 'epilogue', 'afterword', 'final thoughts', 'closing thoughts', '(?:my |key )?(?:takeaways?|thoughts|learnings|reflections|notes to self)', 'event(?: info(?:rmation)?| details)?', '행사\\s*정보', 'イベント(?:情報|概要)', 'lessons learned', 'personal (?:thoughts|notes)', 'action items?', '(?:my )?to-?dos?', 'next steps', 'follow-?ups?', 'to read(?: later)?', 'reading list', 'things to (?:try|read|check|look into)', '액션\\s*아이템', '할\\s*일', 'やること',
      'overall(?: impressions?)?', 'impressions?', 'what (?:this|it) means for us', 'open questions', 'implications(?: for us)?', '(?:개인적인\\s*)?(?:후기|소감|생각)', '(?:聴講|参加)した(?:セッション|講演|トーク)(?:一覧)?', '(?:내가\\s*)?들은\\s*세션(?:들)?', '(?:sessions|talks) i (?:attended|saw|went to)', '(?:내|나의|개인)\\s*정리', '(?:내|나의)\\s*(?:생각|소감|느낀\\s*점)(?:\\s*정리)?', '마치며', '맺으며', '나가며', '마무리하며', '끝으로', 'wrapping up', 'wrap(?:ping)?-? ?up', '참석\\s*후기', '총평', '느낀\\s*점', '전체\\s*후기',
      '感想', '所感', 'おわりに', '終わりに', 'さいごに', '最後に', '全体の感想', '参加した感想', 'ふりかえり', '振り返り',
      // A recap post's thanks: "Thanks", "Thank you!", "감사의 말", "謝辞".
      'thanks!?', 'thank you(?: all| everyone)?!?', '(?:special )?thanks to\\s.{1,40}', 'acknowledge?ments?', '감사(?:합니다|의\\s*말|\\s*인사)!?', '謝辞', 'ありがとうございました[!！。]?',
      // A recap post's closing: "What I learned", "내가 배운 것", "今回の学び".
      'what i (?:learned|learnt|took away)(?: (?:today|this time))?', '(?:내가\\s*|오늘\\s*)?배운\\s*(?:것|점)(?:들)?', '(?:今回|今日)の学び', '学んだこと',
      // A business trip's report: its costs and recommendations ("費用", "提言", "경비 내역", "제언", "시사점", "Expenses").
      '(?:出張)?(?:費用|経費)(?:内訳|明細)?', '提言', '(?:출장\\s*)?(?:비용|경비)(?:\\s*(?:내역|정산))?', '제언', '건의\\s*사항', '시사점', '(?:travel\\s+)?(?:expenses|costs)', 'recommendations?',
      // An organiser's retrospective: "다음 번 개선 사항", "KPT", "反省点", "次回への改善", "improvements for next time".
      '(?:다음\\s*번?\\s*)?(?:개선\\s*(?:사항|점)|개선할\\s*점)', 'kpt', 'keep\\s*/\\s*problem\\s*/\\s*try', '反省点?', '(?:次回(?:への|に向けた|の)?)?改善点?', '次回への申し送り', '申し送り(?:事項)?', 'improvements?(?: for next time)?', 'retro(?:spective)?', 'what (?:went well|to improve)',
    ].join('|') +
    ')$',
  'iu',
);

export const ABOUT_SECTION = new RegExp(
  '^(?:' +
    [
      'about(?: (?:this|the) (?:meetup|event|conference|group|community|series))?', 'about us', 'who we are', 'code of conduct', 'how to join', 'next meetup',
      '(?:밋업|모임|행사|이벤트|커뮤니티)\\s*소개', '다음\\s*(?:모임|밋업)', '참여\\s*방법', '행동\\s*강령',
      'このイベントについて', 'イベント概要', '勉強会について', 'コミュニティについて', '次回(?:予告)?', '行動規範',
    ].join('|') +
    ')$',
  'iu',
);

/** Lines that are page furniture, not notes: photos, navigation, sharing, timestamps. */
export const CHROME_LINE = new RegExp(
  [
    '^(?:IMG|DSC|DSCN|DSCF|PXL|MVIMG|GOPR|Screenshot|Screen Shot|스크린샷|photo|image|사진)[ _-]?[\\d_ .:-]{2,}(?:\\.(?:jpe?g|png|gif|heic|webp))?$',
    '^(?:[↑⬆^]\\s*)?(?:back to top|to top|top of page|맨\\s*위로|위로\\s*가기|목록으로|목록 보기|ページ(?:の)?(?:トップ|先頭)へ(?:戻る)?|トップへ戻る)$',
    '^(?:share(?: this)?|tweet|공유하기|공유|シェア|ツイート|このエントリーをはてなブックマークに追加|はてなブックマーク|facebook|twitter|linkedin)(?:\\s*[:|].*)?$',
    '^(?:reading time|estimated reading time|읽는\\s*(?:데|시간)|読了時間|この記事は約)',
    '^(?:posted|published|updated|last updated|작성일|수정일|게시일|投稿日|更新日|公開日)\\b',
    '^\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)*$',
    '^(?:home|menu|search|archives?|categories|tags|about)(?:\\s*[|·/•]\\s*\\S+){2,}$',
    '^(?:prev(?:ious)?|next)(?: post| article)?\\s*[:»«<>](?!\\s*[\"“])',
    // "Jun 19, 2024, 09:04 · 4 boosts · 12 favs": a post's counts under it, in a thread copied from Mastodon or X.
    '(?:^|·\\s*)\\d+\\s+(?:boosts?|favs?|favou?rites?|likes?|retweets?|reposts?|replies|quotes)\\s*(?:·|$)',
    // ("(c) 2024 Jane Doe": a copyright's "(c)" says so with a year; "(c) "Title"" is the third of a lettered list.)
    '^(?:copyright|©|\\(c\\)(?=.*\\b(?:19|20)\\d{2}\\b))\\s',
    '^(?:all rights reserved|powered by\\s)',
  ].join('|'),
  'iu',
);

/** A line where the blog's footer begins: everything after it is not the notes. */
export const FOOTER_START = new RegExp(
  '^(?:' +
    [
      'related (?:posts?|articles?|reading)', 'you (?:might|may) also like', 'more (?:posts|articles)', 'recent posts', 'popular posts', 'see also',
      'comments?(?:\\s*\\(\\d+\\))?', 'leave a (?:reply|comment)', '\\d+ comments?', 'previous post', 'next post', 'tags?\\s*[:：].*', 'categories\\s*[:：].*',
      '관련\\s*(?:글|포스트|게시물)', '이전\\s*글', '다음\\s*글', '댓글(?:\\s*\\d+)?', '최근\\s*글', '인기\\s*글', '태그\\s*[:：].*', '이 블로그의 인기 게시물',
      '関連記事', '関連エントリー', '人気記事', '最近の投稿', 'コメント', 'この記事を書いた人', 'タグ\\s*[:：].*', 'カテゴリー\\s*[:：].*',
    ].join('|') +
    ')$',
  'iu',
);

/** A teaser of another post: "Continue reading", "Read more". */
export const TEASER = /(?:continue reading|read more|더\s*보기|계속\s*읽기|続きを読む|もっと読む)\s*(?:[»→>…]|\.\.\.)?\s*$/iu;

/**
 * A programme's field about a session, labelled ("Room: Grand Ballroom A   Level: Intermediate", "난이도: 중급",
 * "対象者：SRE", "Slides: https://…"): what, where and for whom, never its title or its speakers.
 */
export const SESSION_FIELD_LINE =
  /^[-*•・]?\s*(?:\*\*)?(?:room|hall|stage|track|level|lv\.?|rating|score|format|tags?|language|lang|duration|length|type|audience|difficulty|category|recording|video|slides?|deck|abstract|location|where|when|time|트랙|난이도|레벨|평점|장소|룸|형식|대상|영상|녹화본?|슬라이드|발표\s*자료|태그|언어|분류|시간|유형|会場|ルーム|トラック|レベル|評価|満足度|形式|対象者?|セッション種別|種別|言語|動画|スライド|資料|タグ|時間|難易度|カテゴリー?|ハッシュタグ)(?:\*\*)?\s*[:：]/iu;

/** The words that label a title's translation on its own line ("EN: …", "번역: …"), and inside brackets ("（和訳：…）"). */
export const TRANSLATION_LABEL_WORDS = '(?:EN|JA|JP|KO|KR|English|Japanese|Korean|英語|英題|日本語|邦題|和訳|한국어|영어|영문|번역)';
export const BRACKETED_TRANSLATION_LABEL_WORDS = '(?:和訳|邦題|英題|訳|번역|영문|EN|英)';
/**
 * A title's translation on the line under it: "EN) Lessons from …", "JA: 国境を越える GitOps", "（和訳：…）", "*Cutting Prometheus
 * Costs by 60%*" (a whole line in italics, four words or more, no people's separators in it).
 */
// ("→ \"English title\"": an arrow, then the translation in quotes.)
export const TRANSLATION_LINE = new RegExp(
  String.raw`^(?:[→⇒]\s*["“「『'‘].{4,150}["”」』'’]$|${TRANSLATION_LABEL_WORDS}\s*[:：)）]\s*\S|[(（]${BRACKETED_TRANSLATION_LABEL_WORDS}\s*[:：]?[^()（）]+[)）]$|[*_](?=(?:[^*_\s—–,(@·]+\s+){3})[^*_—–,(@·]+[*_]$)`,
  'u',
);

const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
const HANGUL = /\p{sc=Hangul}/u;
const LATIN_ONLY = /^[\p{sc=Latin}\d\s\p{P}\p{S}]+$/u;
/** Latin words quoted whole: a title's translation. */
const QUOTED_PHRASE = /^["“'‘].{3,}["”'’]$/u;
/** Three words or more, one of them in lower case (not "iptables vs IPVS"). */
const LATIN_PHRASE = /^(?=(?:\S+\s+){2,}\S)(?=.*(?:^|\s)\p{Ll}{2,}(?:\s|$))(?!.*\b(?:vs|feat)\b)/u;
const LATIN_LETTER = /\p{sc=Latin}/u;

/**
 * Whether `inner` is `title` in another language: kana where the title has none, Hangul where it has none, or Latin
 * words after a title in Hangul or kana, quoted ("테라폼 모듈 버전 관리 (“How we manage module versions”)") or, after a
 * title of no Latin letter, a phrase ("한일 공동 온콜 운영기 (Joint KR–JP on-call)"). A title that names a tool in Latin
 * letters keeps its unquoted gloss ("社内Terraformモジュールの運用 (Running an internal Terraform module registry)").
 */
export function inAnotherLanguage(title: string, inner: string): boolean {
  if (KANA.test(inner) && !KANA.test(title) && !HANGUL.test(inner)) return HANGUL.test(title) || LATIN_ONLY.test(title);
  if (HANGUL.test(inner) && !HANGUL.test(title) && !KANA.test(inner)) return KANA.test(title) || LATIN_ONLY.test(title);
  if (LATIN_ONLY.test(inner) && (HANGUL.test(title) || KANA.test(title))) return QUOTED_PHRASE.test(inner.trim()) || (!LATIN_LETTER.test(title) && LATIN_PHRASE.test(inner.trim()));
  return false;
}

/** The label of a speaker's organisation: "Company", "Affiliation", "소속", "所属". */
export const ORG_LABEL_WORDS = String.raw`(?:company|org|organi[sz]ation|affiliation|회사|소속|会社|所属)`;

/** A line drawn with one character ("━━━━━━", "=====", "-----"), as plain text parts a page or frames its title. */
export const DRAWN_LINE = /^[-=_*~#─━═]{3,}$/u;

/** "[오후 1:40]", "[14:02]", "[9:05 AM]": a message's time in brackets. */
const MESSAGE_TIME_SOURCE = String.raw`\[(?:오전|오후|午前|午後|AM|PM)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\]`;
/** A message's time, first on its line, and the space after it. */
export const MESSAGE_TIME = new RegExp(String.raw`^${MESSAGE_TIME_SOURCE}\s*`, 'iu');
/** "[오후 3:00] ", "[14:02] ", "12:30 ", "12:30-13:30 ", "21:00〜": a log's or a programme's time first on a line. */
export const LOG_TIME = new RegExp(String.raw`^(?:${MESSAGE_TIME_SOURCE}|\d{1,2}[:：]\d{2}(?:\s*[-~–〜～]\s*(?:\d{1,2}[:：]\d{2})?)?)\s*(?=\S)`, 'iu');

/** Words that make a line look like an event's name ("번개": a flash meetup, as Korean communities call one). */
export const EVENT_WORDS =
  /(?:conf\b|con(?:\d{2}|\d{4})?\b|conference(?!\s*rooms?\b)|summit|meetup|meet-up|user ?group|\bhug\b|\bdays?\b|devopsdays|\bcamp\b|forum|festival|hackathon|workshop|seminar(?!\s*rooms?\b)|symposium|expo|world|re:invent|reinvent|\bnext\b|kubecon|hashiconf|밋업|컨퍼런스(?!\s*룸)|콘퍼런스(?!\s*룸)|세미나(?!\s*실)|사용자\s*모임|사용자\s*그룹|유저\s*그룹|유저\s*모임|모임|번개|행사|포럼|해커톤|서밋|데이(?!터)|勉強会|輪読会|読書会|研究会|스터디|북\s*클럽|독서\s*모임|study\s*(?:group|session|hour|club)|book\s*club|reading\s*(?:group|circle|club)|カンファレンス(?!\s*ルーム)|ミートアップ|ユーザー会|ユーザ会|ユーザーグループ|サミット|フォーラム|もくもく会|LT会|\bbenkyou?kai\b|\bmokumoku\b|#\s?\d+|\bvol\.?\s?\d{1,3}\b|\bnight\b|\bkaigi\b|第\d+回|\d+회|\d+th\b|\b(?:19|20)\d{2}\b)/iu;

/** Words of a write-up about attending, stripped from an event's name. */
export const ATTENDANCE_SUFFIX =
  /\s*(?:[-–—:|]{1,2}\s*)?(?:참석기|참가기|참관기|참석\s*후기|후기|(?:누적\s*)?정리|요약|리뷰|메모|노트|내용\s*정리|발표\s*정리|세션\s*정리|참석\s*보고서?|참관\s*보고서?|(?:참관|참석|세션)\s*공유|(?:내|나의)\s*일정표?|my\s+(?:schedule|agenda)|マイスケジュール|(?:현장|실황)?\s*스레드(?:\s*🧵)?|출장\s*보고서?|(?:참관|출장|참석|참가)\s*결과(?:\s*보고서?)?|보고서|다녀온\s*후기|(?:(?:에|을|를)\s*)?다녀왔습니다|(?:(?:에|을|를)\s*)?다녀왔어요|(?:(?:에|을|를)\s*)?다녀왔다|(?:카톡방?|단톡방?|대화방?)\s*백업|명함\s*정리|사람\s*(?:기준|별|위주)\s*정리|만난\s*사람들?|(?:people|networking)\s+log|(?:people|who)\s+I\s+met|名刺(?:交換)?メモ|다녀오다|다녀옴|다녀와서|에\s*다녀와서|을\s*다녀와서|를\s*다녀와서|참석|참관|회의록|議事録|(?:(?<![\p{L}\p{N}])(?:my|quick|rough|raw|field|team|our|shared)\s+)?(?:notes?|memo)|(?:(?<![\p{L}\p{N}])a\s+)?recap|review|(?:trip\s+)?report|write-?up|summary|takeaways|highlights|impressions|watch\s*list|(?:my\s+)?top\s+\d{1,2}(?:\s+talks)?|に(?:\d{1,2}\s*日間\s*)?(?:行ってきた|行ってきました|参加してきた|参加してきました|参加しました)|参加報告(?:書)?|出張報告(?:書)?|参加レポート下書き|参加レポート|参加レポ|参加ログ|参加記|参加メモ|(?:司会者?|運営|スタッフ)メモ|(?:사회자?|운영진?|스태프)\s*메모|の?実況(?:ポスト|ツイート)?(?:まとめ)?|の?ふりかえり|の?スクラップ|の?振り返り|レポート|レポ|行ってきました|まとめ|メモ|めも|聴講メモ|聴講記録)(?:\s*[(（][^()（）]{1,16}[)）])?\s*[!！.。]*\s*$/iu;

/** Front-matter keys that name a talk's speakers: a note that has one is a note per talk (`author` only beside an `event`). */
export const FRONT_MATTER_SPEAKER_KEYS = ['speaker', 'speakers', 'presenter', 'presenters', 'author', '발표자', '연사', '登壇者', '発表者', '講演者'];

/** "day 1", "1일차", "2日目": one day of a longer event (one or two digits: "Day 2024" is a year). */
export const DAY_WORDS = String.raw`day\s*\d{1,2}|\d{1,2}\s*일차|\d{1,2}日目|第\d{1,2}日`;

/** English weekdays, whole or shortened ("wed", "Thurs", "Saturday"). */
export const EN_WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?`;

/**
 * The labels that say a line names a talk's speakers ("Speaker:", "Who:", "발표자:", "登壇者：",
 * "speaker::" of Obsidian and Logseq, ":SPEAKER:" of an Org drawer), in every form that reads them.
 */
export const SPEAKER_LABEL_WORDS = String.raw`(?:speakers?(?:\(s\))?|spkrs?|spk|presenters?(?:\(s\))?|panelists?|moderators?|mods?|on\s+stage|conv\.|instructors?|facilitators?|conven[eo]rs?|proposed\s+by|(?:team\s+)?members|팀원|メンバー|who|hosts?|guests?|interviewers?|interviewees?|발표자|연사|강사|스피커|패널리스트|패널|모더레이터|사회자?|답변자?|호스트|게스트|제안자|진행자|登壇者|ご登壇|登壇|コンビーナー|言い出しっぺ|提案者|発起人|発表者|發表者|講演者|話し手|スピーカー|講師|パネリスト|パネラー|モデレーター|司会|聞き手|ゲスト|回答者|担当者?|발제자?)`;

/** "発表:", "presenter:", "발표:", "登壇：": a speakers' label and its colon, first on a line. */
// ("conv. Marnix, ING": an open space's convener, the abbreviation's stop for the colon.)
export const SPEAKER_LABEL_COLON = new RegExp(String.raw`^(?:(?:${SPEAKER_LABEL_WORDS}|발표|登壇|発表)\s*[:：]|conv\.\s)`, 'iu');

/** "9장. 오토스케일링", "第3章", "Chapter 4", "Ch. 12": a book's chapter, a study group's talk when someone presented it (note.ts). */
export const BOOK_CHAPTER = /^(?:(?:제\s*)?\d{1,2}\s*장(?=[.:：\s]|$)|第\s*\d{1,2}\s*章|(?:chapter|ch\.?)\s*\d{1,2}\b)/iu;

/** "[세션 1]", "【セッション2】", "[LT]": a short label in brackets, alone on its line. */
export const BRACKETED_ALONE = /^(?:\[[^\]]{1,12}\]|【[^】]{1,12}】)$/u;

/** " - connpass", " | Doorkeeper": an event site's name after the title of a page copied from it. */
export const EVENT_SITE_SUFFIX = /\s+[-|｜]\s+(?:connpass|doorkeeper|peatix|tech\s*play|meetup(?:\.com)?|eventbrite|lu\.ma|luma|festa|onoffmix|온오프믹스|이벤터스|event-?us|sessionize)\s*$/iu;

/** "CLOSED: [2024-03-20 Wed]", "SCHEDULED: <…>", ":PROPERTIES:": an Org heading's planning line, or its drawer's opening. */
export const ORG_PLANNING = /^(?:(?:CLOSED|SCHEDULED|DEADLINE):|:PROPERTIES:$)/u;

/** Words in an organisation's place that name none: "(independent)", "freelance". */
export const NO_ORGANISATION = /^(?:independent|freelance|freelancer|self-employed|self|none|n\/a|unaffiliated|no affiliation(?: given)?)$/iu;
/**
 * NO_ORGANISATION, or said in Japanese or Korean ("個人", "フリーランス", "프리랜서"): a speaker's organisation that says they
 * have none. Read as a sign of a person ("清水 (個人)" is one), then left out of the talk's speakers.
 */
export const NO_ORGANISATION_SAID = /^(?:independent|freelance|freelancer|self-employed|self|none|n\/a|unaffiliated|no affiliation(?: given)?|個人(?:参加)?|フリーランス|フリー|所属なし|無所属|개인(?:\s*참가)?|프리랜서|무소속)$/iu;

/** A reviewer's verdicts on a proposal that leave it on the programme: accepted, waitlisted, moved up from the reserve. */
export const VERDICT_KEPT_WORDS = '채택|보류|합격|accept(?:ed)?|wait-?list(?:ed)?|reserve|採択|補欠|繰上げ';
/** Those that take it off: turned down, cancelled, withdrawn. */
export const VERDICT_DROPPED_WORDS = '탈락|불합격|반려|취소|reject(?:ed)?|declined|cancell?ed|withdrawn|不採択|落選|取消し?|取り消し|辞退|中止';

/** A panel's moderator as a label's word: "mod", "host", "모더레이터", "사회자", "司会". */
export const MODERATOR_WORDS = String.raw`mod(?:erator)?|host|모더레이터|사회(?:자)?|司会|モデレーター`;
/** A panel's other people as a label's word: "panel", "panelists", "패널리스트", "パネリスト". */
export const PANELIST_WORDS = String.raw`panel(?:ists?)?|패널(?:리스트)?|パネリスト`;

/** A session's kind alone on its line: "Keynote", "Lightning talk", "基調講演", "키노트", "Workshop". */
export const SESSION_KIND_ALONE = /^[(（【\[]?(?:(?:opening|closing|invited)\s+)?(?:key\s?note|lightning(?:\s+talk)?|lt|workshop|panel(?:\s+discussion)?|パネル(?:ディスカッション)?|패널(?:\s*토크|\s*토론)?|sponsor(?:ed)?\s+(?:talk|session)|invited\s+talk|基調講演|招待講演|キーノート|ライトニング\s*トーク|スポンサー\s*セッション|ワークショップ|키노트|기조\s*연설|라이트닝\s*토크|워크숍|스폰서\s*세션|초청\s*강연)[)）】\]]?$/iu;

/** What every LIGHTNING_SECTION label has (most lines have none): one pass of a regular expression, 4 times faster than a search per word. */
const LIGHTNING_WORD = /LT|ightning|gnite|ucha|라이트닝|ライトニング|lt|Lt|ＬＴ|skipped|missed|ther /;
export function mayBeLightningLabel(s: string): boolean {
  return LIGHTNING_WORD.test(s);
}
// ("４．ＬＴ（３本）", "(5) ライトニングトーク（5本）": a number before it, full-width letters, how many in brackets after it.)
// ("[LT] 라이트닝 토크 3개 (각 5분)", "LT 3本": how many, after it; "16:30 | 라이트닝 토크": a time and a bar before it;
// "【Lightning talks】": the whole label in brackets, not "[LT]", which may tag one talk.)
// ("15:00-15:30 LT 大会（Track A）": its time first; "16:30 – 17:00  Lightning talks (3x) · Main Hall": a room after a middle dot.)
// ("11:20  ignites (5 min, 20 slides, auto-advance every 15s — terrifying)": the writer's remark in its brackets.)
// ("Track A — Lightning talks (14:00–14:40)", "D2 · Track B · 11:00 — Lightning Talks": its track, day and time before it.)
export const LIGHTNING_SECTION = /^(?::[a-z0-9_+-]+:\s*|[◆◇■□●○▶▷►★☆①-⑳]\s*|(?:-{2,}|={2,})\s*)?(?:(?:(?:track|room|hall|stage|day|d)\s*[a-z0-9]{1,2}|\d{1,2}[:：]\d{2})\s*[—–·|/-]\s*)*(?:【[^】]{1,8}】\s*|\[[^\]]{1,8}\]\s*)?(?:[0-9０-９]{1,2}[.．、)]\s*|[(（][0-9０-９]{1,2}[)）]\s*|\d{1,2}\s*부\s*)?(?:[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:\s*[-~〜～–]\s*(?:[0-9０-９]{1,2}[:：][0-9０-９]{2})?)?(?:\s*[|｜]\s*|\s+))?(?:[\p{Extended_Pictographic}\uFE0F]+\s*)?(?:(?:오전|오후|午前|午後|morning|afternoon|evening)\s*[:：]\s*)?(?:[A-Z][A-Za-z0-9]{1,15}\s+(?=LT))?(?:[【\[](?!\s*(?:LTs?|ＬＴ)\s*[】\]]))?(?:LTs?들?|ＬＴ|lightning(?:\s+talks?|\s+round)?|lightnings|ignites?(?:\s+talks?)?|pecha\s?kucha(?:\s+talks?)?|라이트닝(?:\s*토크)?|ライトニング(?:\s*トーク)?|LT\s*(?:枠|大会|タイム|会)|(?:sessions|talks)\s+i\s+(?:skipped|missed)(?:\s+\([^()]{1,40}\))?|other\s+(?:sessions|talks)(?:\s+i\s+(?:skipped|missed))?)(?:\s+(?:at the end|session|sessions|block|marathon|night|round)|\s*(?:세션|마라톤|マラソン))?(?:\s*(?:[x×]\s*)?[0-9０-９]{1,2}\s*(?:개|本|つ|x)?)?(?:\s*[(（][^()（）]{1,64}[)）])?(?:\s+·\s+[^·]{1,30})?[】\]]?\s*[:：]?$/iu;

/**
 * "懇親会で話しただけの人（登壇なし）", "복도에서 (발표 안 하신 분들)", "그냥 얘기만 한 사람들 (발표 X)", "people to follow up (no
 * talks, just met them)": a section of people who gave no talk (its lines are no talk's).
 */
export const NO_TALKS_SECTION = /登壇(?:なし|無し|してない|していない)|発表(?:なし|無し)|발표\s*(?:x|없|안\s*하)|no\s+talks?\b|just\s+met|only\s+chatted|didn'?t\s+(?:speak|talk|present)/iu;

/** A year in a text ("KubeCon EU 2024", "2024-03-20"), not digits inside a longer number. */
export const YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/u;

/** The labels of a speaker's role: "Role", "직함", "役職". */
export const ROLE_FIELD_WORDS = String.raw`role|position|job\s+title|직함|직책|역할|役職|肩書き?`;

/**
 * "2022 — Year in Review", "2023 컨퍼런스 다이어리", "2024年 イベント参加ログ", "EVENTS 2025 -- index", "2022年 年間まとめ": the title
 * of the writer's log of a year's (or a period's) events, naming none of them; the event whose talks the note holds is the
 * entry nearest above them. The whole title (bracketed remarks aside) is these words and a year.
 */
const YEAR_LOG_TITLE = new RegExp(
  String.raw`^(?:(?:19|20)\d{2}\s*(?:年|년)?\s*(?:[-–—:|/]+\s*)?)?` +
    String.raw`(?:(?:the\s+)?year\s+in\s+review|(?:annual|yearly)\s+(?:review|summary|recap|log)|(?:conferences?|events?|meetups?)(?:\s*(?:&|and|\/)\s*(?:conferences?|events?|meetups?))?(?:\s+(?:attended|diary|log|journal|index|list|recap|roundup|summary))?` +
    String.raw`|(?:컨퍼런스|콘퍼런스|행사|밋업|세미나|출장\s*\/\s*행사)(?:\s*(?:참석|참가))?\s*(?:다이어리|정리|기록|일지|목록|로그)|(?:연간|한\s*해)\s*(?:정리|회고|기록)` +
    String.raw`|(?:イベント|カンファレンス|勉強会)(?:参加)?\s*(?:ログ|記録|日記|まとめ|一覧|履歴)|年間(?:参加)?(?:まとめ|記録|ふりかえり|振り返り))` +
    String.raw`(?:\s*(?:[-–—:|/]+\s*)?(?:19|20)\d{2}\s*(?:年|년)?)?(?:\s*[-–—:|]+\s*(?:index|log|summary|overview|一覧|목록))?\s*$`,
  'iu',
);
/** A year log's title (YEAR_LOG_TITLE), its bracketed remarks aside, with a year in it. */
export function namesYearLog(text: string): boolean {
  const bare = text.replace(/\s*[(（][^()（）]*[)）]\s*/gu, ' ').trim();
  return YEAR_LOG_TITLE.test(bare) && YEAR.test(bare);
}

/** "**일정** Title", "**장소** 선릉역", "**메모**": a bold label of a word or two without its colon, then its value or nothing (group 1, the label). */
const BOLD_LABEL = /^\*\*([^*:：\s]{1,12}(?:\s[^*:：\s]{1,12})?)\*\*(?:\s|$)/u;

/**
 * A line that starts with a bold label without its colon ("**일시** 2024.03.21", written `raw`, read `content`) as a field
 * with one ("일시: 2024.03.21"); null for any other line.
 */
export function boldLabelField(raw: string, content: string): string | null {
  const bold = raw.charCodeAt(0) === 42 ? BOLD_LABEL.exec(raw) : null;
  return bold && content.startsWith(bold[1]) ? `${bold[1]}: ${content.slice(bold[1].length).trim()}` : null;
}
