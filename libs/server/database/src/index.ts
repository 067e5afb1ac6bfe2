export * from './entities';
export { createDataSource, dataSourceOptions, migrate, schemaDrift } from './data-source';
export { DatabaseModule } from './database.module';
export { createFeedKey, findFeedKeyOwner, generateFeedKey, hashFeedKey, SHOWN_KEY_LENGTH } from './feed-keys';
export type { FeedKeyOwner } from './feed-keys';
export { writeAudit } from './audit';
export type { AuditEntry } from './audit';
export { COUNT_BACKLOG_SQL } from './backlog-count';
export { analyzeChangedPartitions, MIN_CHANGES_TO_ANALYZE } from './partition-statistics';
