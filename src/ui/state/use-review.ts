import { useCallback, useEffect, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import {
  EMPTY_REVIEW_BOOK,
  parseReviewBook,
  reconcilingReview,
  REVIEW_STATE_KEY,
  serializeReviewBook,
  setReviewStatus,
  type Review,
  type ReviewBook,
  type ReviewState,
} from "../../core/audit/review";
import { runStepsPausing } from "../../core/steps";
import type { WorkbookHost } from "../../hosts/host";
import { nextTask } from "../next-task";
import { errorText } from "./use-stored-value";

/**
 * The accountant's status per finding (已说明, 忽略; 已修改 when a finding is gone), kept with the workbook: after each
 * check the stored book is read, carried over to this check's findings and stored again.
 */
export function useReview(host: WorkbookHost, findings: readonly Finding[] | undefined) {
  const [state, setState] = useState<{ review: Review; book: ReviewBook }>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!findings) return;
    let live = true;
    host
      .loadState(REVIEW_STATE_KEY)
      .catch(() => undefined)
      .then(async (stored) => {
        // 60,000 findings in slices, none in the task that drew the check's result
        const book = stored === undefined ? EMPTY_REVIEW_BOOK : parseReviewBook(stored);
        const next = await runStepsPausing(reconcilingReview(book, findings), nextTask);
        if (!live) return; // a newer check reconciles and stores its own
        setState(next);
        await host.saveState(REVIEW_STATE_KEY, serializeReviewBook(next.book));
      })
      .catch((err) => live && setError(errorText(err, "无法把说明保存在工作簿中")));
    return () => {
      live = false;
    };
  }, [host, findings]);

  /** Sets one finding's status; returns the reason when refused (a 强制 error, no words). */
  const setStatus = useCallback(
    async (id: string, status: ReviewState, text: string): Promise<string | undefined> => {
      if (!state) return "请先检查。";
      const out = setReviewStatus(state.review, state.book, id, status, text);
      if ("refused" in out) return out.refused;
      setState(out);
      try {
        await host.saveState(REVIEW_STATE_KEY, serializeReviewBook(out.book));
      } catch (err) {
        return errorText(err, "无法把说明保存在工作簿中");
      }
      return undefined;
    },
    [host, state],
  );

  return { review: state?.review, setStatus, error };
}
