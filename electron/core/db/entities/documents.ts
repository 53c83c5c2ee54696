import { int, pk, ref, str, table, timestamp } from './define';

/**
 * Printed documents: how often each document has been printed (the row is locked while a print takes
 * its copy number, so two PCs printing at once get 1 and 2, never 1 and 1), and one log row per print
 * or PDF saved. A print with copy_no n > 1 is marked "补打（第 n−1 次）".
 */
export const printCounters = table('print_counters', {
  doc_type: { ...str(32), primary: true },
  /** The document's id (or, for a price list, its date and category). */
  doc_key: { ...str(100), primary: true },
  prints: int({ default: 0 }),
  last_printed_at: timestamp({ nullable: true }),
});

export const printLog = table(
  'print_log',
  {
    id: pk(),
    doc_type: str(32),
    doc_key: str(100),
    doc_no: str(64, { nullable: true }),
    /** 1 = the original, 2 = the first reprint … */
    copy_no: int(),
    /** 'print' (sent to a printer) or 'pdf' (saved as a file). */
    output: str(10),
    printed_by: ref('users'),
    printed_by_name: str(50),
    printed_at: timestamp(),
  },
  {
    uniques: [{ name: 'uq_print_log_copy', columns: ['doc_type', 'doc_key', 'copy_no'] }],
    indices: [{ name: 'ix_print_log_at', columns: ['printed_at'] }],
  },
);
