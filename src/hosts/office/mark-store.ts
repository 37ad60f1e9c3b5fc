import { mergeRecords, MARKS_NAMESPACE, recordFromXml, recordToXml, type MarkRecord } from "./mark-record";
import { utf8Bytes, type QueuedOperation } from "./batches";

/**
 * The restore record lives in a custom XML part of the workbook (namespace MARKS_NAMESPACE) [ExcelApi 1.5], so it is
 * saved with the file. Reading takes two requests: the parts of our namespace, then their XML.
 */
export class MarkStore {
  private parts?: Excel.CustomXmlPartScopedCollection;
  private xml: OfficeExtension.ClientResult<string>[] = [];

  constructor(private readonly context: Excel.RequestContext) {}

  /** Request 1: which parts exist. */
  queueList(): void {
    this.parts = this.context.workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE).load("items/id");
  }

  /** Request 2: their content. */
  queueRead(): void {
    this.xml = this.existingParts().map((part) => part.getXml());
  }

  /** After request 2. */
  record(): MarkRecord {
    return mergeRecords(this.xml.map((result) => recordFromXml(result.value)));
  }

  /** Replaces the stored record (deleting it when there is nothing left to restore). */
  replaceOperation(record: MarkRecord): QueuedOperation {
    const xml = record.cells.length > 0 ? recordToXml(record) : "";
    return {
      bytes: 200 + utf8Bytes(xml),
      queue: () => {
        for (const part of this.existingParts()) part.delete();
        if (xml) this.context.workbook.customXmlParts.add(xml);
      },
    };
  }

  private existingParts(): Excel.CustomXmlPart[] {
    return this.parts ? this.parts.items : [];
  }
}
