/**
 * The collation of text keys that are only ever matched, never shown to people in sorted order:
 * the agencies' `eventId` and `caseId`, and the channel codes in case and rollup keys. "C" compares
 * the bytes; a database's default collation (`en_US.UTF-8`, even `C.UTF-8` from the C library)
 * calls the locale's comparison for every key an index insert or look-up passes. Every event and
 * case of the feed passes through indexes on these keys, and byte order cut Postgres's CPU for
 * accepting events by 15-20% (`docs/ingestion.md`, change 23). For UTF-8 text, byte order is
 * code-point order.
 */
export const BYTE_ORDER = 'C';
