import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { AuditReport } from "../../core/audit/report";
import { reportTables, type ReportTable, type RowTone } from "../../core/audit/report-tables";

const FONT = { ascii: "SimSun", eastAsia: "宋体", hAnsi: "SimSun" };
const BODY = 18; // half-points: 9 pt, to fit the check table on a landscape page
const FILL: Record<RowTone, string | undefined> = { plain: undefined, bold: undefined, error: "FFC7CE", warning: "FFEB9C" };
/** A4 landscape in twips (the docx library turns the page when the orientation is landscape). */
const PAGE = { width: 11906, height: 16838, margin: 850 };

/**
 * The 审核报告 as a Word document, landscape A4: the title, the verdict, then the same tables as the workbook
 * (审核结论, 核对项, 问题), header rows repeated on every page, rows not passed shaded red (强制) or amber (提示).
 */
export async function auditReportDocx(report: AuditReport): Promise<Uint8Array> {
  const tables = reportTables(report);
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run(tables[0].title, { bold: true, size: 32 })] }),
    new Paragraph({ spacing: { after: 200 }, children: [run(`结论：${report.verdict}`, { bold: true, size: 24 })] }),
    ...tables.flatMap((t) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [run(t.name, { bold: true, size: 24 })] }),
      table(t),
    ]),
  ];
  const document = new Document({
    creator: "预决算公开助手",
    title: tables[0].title,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function table(t: ReportTable): Table {
  const total = t.columns.reduce((n, c) => n + c.width, 0);
  const widths = t.columns.map((c) => Math.round((c.width / total) * 100));
  const header = new TableRow({
    tableHeader: true,
    children: t.columns.map((c, i) => cell(c.header, widths[i], { bold: true, fill: "D9D9D9" })),
  });
  const rows = t.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: row.map((value, i) => cell(value === null ? "" : String(value), widths[i], { bold: t.tones[r] === "bold", fill: FILL[t.tones[r]] })),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function cell(text: string, width: number, style: { bold?: boolean; fill?: string }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    shading: style.fill ? { type: ShadingType.CLEAR, color: "auto", fill: style.fill } : undefined,
    children: [new Paragraph({ children: [run(text, { bold: style.bold, size: BODY })] })],
  });
}

function run(text: string, style: { bold?: boolean; size: number }): TextRun {
  return new TextRun({ text, bold: style.bold, size: style.size, font: FONT });
}
