/**
 * The collation of text keys that are only ever matched, never shown to people in sorted order:
 * the agencies' `eventId` and `caseId`, and the channel codes in case and rollup keys. "C" compares
 * the bytes; a database's default collation (`en_US.UTF-8`, even `C.UTF-8` from the C library)
 * calls the locale's comparison for every key an index insert or look-up passes. On the feed's
 * write path these keys sit in four unique indexes, and byte order cut Postgres's CPU for accepting
 * events by a fifth (`docs/ingestion.md`, change 23). For UTF-8 text, byte order is code-point order.
 */
export const BYTE_ORDER = 'C';
