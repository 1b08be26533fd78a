// Small display helpers: localized labels for the server's category ids, counts, dates.
import * as vscode from 'vscode';

// Literal calls so that `npx @vscode/l10n-dev export` finds every string.
const CATEGORY_LABELS: Record<string, () => string> = {
  iac: () => vscode.l10n.t('Infrastructure as Code'),
  'config-management': () => vscode.l10n.t('Configuration Management'),
  containers: () => vscode.l10n.t('Containers'),
  orchestration: () => vscode.l10n.t('Orchestration'),
  kubernetes: () => vscode.l10n.t('Kubernetes Ecosystem'),
  'service-mesh': () => vscode.l10n.t('Service Mesh'),
  networking: () => vscode.l10n.t('Networking'),
  'service-discovery': () => vscode.l10n.t('Service Discovery'),
  'ci-cd': () => vscode.l10n.t('CI/CD'),
  gitops: () => vscode.l10n.t('GitOps'),
  observability: () => vscode.l10n.t('Observability'),
  logging: () => vscode.l10n.t('Logging'),
  tracing: () => vscode.l10n.t('Tracing'),
  database: () => vscode.l10n.t('Databases'),
  cache: () => vscode.l10n.t('Caching'),
  messaging: () => vscode.l10n.t('Messaging'),
  secrets: () => vscode.l10n.t('Secrets'),
  security: () => vscode.l10n.t('Security'),
  policy: () => vscode.l10n.t('Policy'),
  storage: () => vscode.l10n.t('Storage'),
  'cloud-aws': () => vscode.l10n.t('AWS'),
  'cloud-gcp': () => vscode.l10n.t('Google Cloud'),
  'cloud-azure': () => vscode.l10n.t('Azure'),
  cloud: () => vscode.l10n.t('Cloud'),
  virtualization: () => vscode.l10n.t('Virtualization'),
  os: () => vscode.l10n.t('Operating Systems'),
  language: () => vscode.l10n.t('Languages'),
  framework: () => vscode.l10n.t('Frameworks'),
  vcs: () => vscode.l10n.t('Version Control'),
  collaboration: () => vscode.l10n.t('Collaboration'),
  testing: () => vscode.l10n.t('Testing'),
  build: () => vscode.l10n.t('Build'),
  data: () => vscode.l10n.t('Data'),
  other: () => vscode.l10n.t('Other'),
};

/** A category id from the server ("ci-cd") as a label; unknown ids are shown as they are. */
export function categoryLabel(category: string): string {
  return Object.prototype.hasOwnProperty.call(CATEGORY_LABELS, category) ? CATEGORY_LABELS[category]() : category;
}

export function mentionCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n);
}

export function talkCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 talk') : vscode.l10n.t('{0} talks', n);
}

/** "2024-10-15", "2024-10-15 – 10-16", "2023-11-06 – 2023-11-09" → compact, locale-neutral ISO dates. */
export function eventDates(date: string | null, endDate: string | null): string {
  if (!date) return '';
  if (!endDate || endDate === date) return date;
  if (date.length === 10 && endDate.length === 10 && date.slice(0, 4) === endDate.slice(0, 4)) {
    return `${date} – ${date.slice(0, 7) === endDate.slice(0, 7) ? endDate.slice(8) : endDate.slice(5)}`;
  }
  return `${date} – ${endDate}`;
}
