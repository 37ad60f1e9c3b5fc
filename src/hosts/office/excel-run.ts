/** Runs a batch against the live workbook: `Excel.run` in production, a fake or mock in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

/**
 * Size budget of one request or response. Excel on the web rejects payloads above 5 MB
 * (RequestPayloadSizeLimitExceeded); staying under 4 MB leaves room for the protocol's own overhead.
 */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;
