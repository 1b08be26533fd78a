// The shape of a tool in the built-in catalog (tools.json) and in a user's tool file.

export type ToolCategory =
  | 'iac' | 'config-management' | 'containers' | 'orchestration' | 'kubernetes' | 'service-mesh'
  | 'networking' | 'service-discovery' | 'ci-cd' | 'gitops' | 'observability' | 'logging' | 'tracing'
  | 'database' | 'cache' | 'messaging' | 'secrets' | 'security' | 'policy' | 'storage'
  | 'cloud-aws' | 'cloud-gcp' | 'cloud-azure' | 'cloud' | 'virtualization' | 'os'
  | 'language' | 'framework' | 'vcs' | 'collaboration' | 'testing' | 'build' | 'data' | 'other';

/**
 * One spelling of a tool. A plain string is a distinctive spelling: matched case-insensitively,
 * anywhere a word boundary allows. The object form restricts ambiguous spellings.
 */
export type AliasSpec =
  | string
  | {
      text: string;
      /** Match only with exactly this capitalisation ("Chef", not "chef"). */
      caseSensitive?: boolean;
      /** Count only when one of the tool's `context` words occurs near the mention. */
      needsContext?: boolean;
    };

export interface ToolEntry {
  /** Stable kebab-case id ("terraform", "aws-s3"). */
  id: string;
  /** Canonical display name ("Terraform", "Amazon S3"). */
  name: string;
  category: ToolCategory;
  /** Vendor or maintainer ("HashiCorp", "CNCF", "AWS"). */
  vendor: string;
  homepage: string;
  /** One line, in our own words. */
  description: string;
  /** Other spellings: abbreviations, Korean and Japanese transliterations, harmless misspellings. The name is always an alias too. */
  aliases?: AliasSpec[];
  /** Words that, near a mention, confirm an ambiguous alias ("Redis" for Redis Sentinel, "HashiCorp" for Sentinel). */
  context?: string[];
  /** Set when the name itself is an ordinary word and needs the same care as an ambiguous alias. */
  nameIsAmbiguous?: boolean;
  /**
   * Ids of the tools this one is a component, edition or hosted service of ("vault" for Vault
   * Agent, "packer" for HCP Packer). A mention that spells one of them ("Vault" in "Vault Agent
   * Injector") is also that tool's mention: a talk about Vault Agent is where you heard of Vault.
   */
  partOf?: string[];
}
