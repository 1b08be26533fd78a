"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CATEGORY_LABELS = void 0;
exports.categoryLabel = categoryLabel;
// Readable names of the catalog's categories, for hover cards and search results.
exports.CATEGORY_LABELS = {
    iac: 'infrastructure as code',
    'config-management': 'configuration management',
    containers: 'containers',
    orchestration: 'orchestration',
    kubernetes: 'Kubernetes ecosystem',
    'service-mesh': 'service mesh',
    networking: 'networking',
    'service-discovery': 'service discovery',
    'ci-cd': 'CI/CD',
    gitops: 'GitOps',
    observability: 'observability',
    logging: 'logging',
    tracing: 'tracing',
    database: 'database',
    cache: 'cache',
    messaging: 'messaging',
    secrets: 'secrets management',
    security: 'security',
    policy: 'policy',
    storage: 'storage',
    'cloud-aws': 'AWS',
    'cloud-gcp': 'Google Cloud',
    'cloud-azure': 'Azure',
    cloud: 'cloud',
    virtualization: 'virtualization',
    os: 'operating system',
    language: 'language',
    framework: 'framework',
    vcs: 'version control',
    collaboration: 'collaboration',
    testing: 'testing',
    build: 'build',
    data: 'data',
    other: 'other',
};
/** The same names in Korean and Japanese, for cards in a Korean or Japanese editor (as the client's views name them). */
const CATEGORY_LABELS_KO_JA = {
    iac: ['코드형 인프라(IaC)', 'Infrastructure as Code'],
    'config-management': ['구성 관리', '構成管理'],
    containers: ['컨테이너', 'コンテナー'],
    orchestration: ['오케스트레이션', 'オーケストレーション'],
    kubernetes: ['쿠버네티스 생태계', 'Kubernetes エコシステム'],
    'service-mesh': ['서비스 메시', 'サービスメッシュ'],
    networking: ['네트워킹', 'ネットワーク'],
    'service-discovery': ['서비스 디스커버리', 'サービスディスカバリー'],
    'ci-cd': ['CI/CD', 'CI/CD'],
    gitops: ['GitOps', 'GitOps'],
    observability: ['관측 가능성', 'オブザーバビリティ'],
    logging: ['로깅', 'ロギング'],
    tracing: ['트레이싱', 'トレーシング'],
    database: ['데이터베이스', 'データベース'],
    cache: ['캐시', 'キャッシュ'],
    messaging: ['메시징', 'メッセージング'],
    secrets: ['시크릿 관리', 'シークレット管理'],
    security: ['보안', 'セキュリティ'],
    policy: ['정책', 'ポリシー'],
    storage: ['스토리지', 'ストレージ'],
    'cloud-aws': ['AWS', 'AWS'],
    'cloud-gcp': ['Google Cloud', 'Google Cloud'],
    'cloud-azure': ['Azure', 'Azure'],
    cloud: ['클라우드', 'クラウド'],
    virtualization: ['가상화', '仮想化'],
    os: ['운영체제', 'OS'],
    language: ['프로그래밍 언어', 'プログラミング言語'],
    framework: ['프레임워크', 'フレームワーク'],
    vcs: ['버전 관리', 'バージョン管理'],
    collaboration: ['협업', 'コラボレーション'],
    testing: ['테스트', 'テスト'],
    build: ['빌드', 'ビルド'],
    data: ['데이터', 'データ'],
    other: ['기타', 'その他'],
};
function categoryLabel(category, locale = 'en') {
    if (locale !== 'en') {
        const both = CATEGORY_LABELS_KO_JA[category];
        if (both)
            return locale === 'ko' ? both[0] : both[1];
    }
    return exports.CATEGORY_LABELS[category] ?? category;
}
//# sourceMappingURL=categories.js.map