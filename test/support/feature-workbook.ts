import { strToU8, zipSync, type Zippable } from "fflate";

/**
 * A small workbook written part by part, holding what a rewrite through a workbook library tends to lose: a chart and
 * an image in a drawing, sparklines, a custom XML part, workbook and sheet protection with passwords, a custom colour
 * palette, a data validation over two areas, a print area, shared formulas, inline strings, notes the user wrote,
 * and (as .xlsm) a VBA project. The second sheet is written with an "x:" namespace prefix and has no parts of its own.
 */

export interface FeatureWorkbookOptions {
  /** .xlsm: a vbaProject.bin part and the macro-enabled workbook content type. */
  macros?: boolean;
  /** The second sheet written with the "x:" prefix (default), or plainly (for readers that cannot take a prefix). */
  prefixedSheet?: boolean;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export const FEATURE_SHEETS = { data: "数据", plain: "空白" } as const;

/** Bytes of the VBA project (any bytes: the copy must carry them unchanged). */
export const VBA_PROJECT = Uint8Array.from({ length: 1536 }, (_, i) => (i * 131 + 7) % 256);
/** A 1×1 PNG. */
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));

export function featureWorkbookParts(options: FeatureWorkbookOptions = {}): Record<string, string | Uint8Array> {
  const workbookType = options.macros
    ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  const parts: Record<string, string | Uint8Array> = {
    "[Content_Types].xml":
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Default Extension="png" ContentType="image/png"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>` +
      (options.macros ? `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>` : "") +
      `<Override PartName="/xl/workbook.xml" ContentType="${workbookType}"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
      `<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
      `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
      `<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `</Types>`,
    "_rels/.rels": `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    "docProps/core.xml": `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>财务科</dc:creator></cp:coreProperties>`,
    "xl/workbook.xml":
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr codeName="ThisWorkbook"/>` +
      `<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="x1Hp/4f5w==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>` +
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192"/></bookViews>` +
      `<sheets><sheet name="${FEATURE_SHEETS.data}" sheetId="1" r:id="rId1"/><sheet name="${FEATURE_SHEETS.plain}" sheetId="4" r:id="rId2"/></sheets>` +
      `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">${FEATURE_SHEETS.data}!$A$1:$D$5</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `${DECL}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rId5" Type="${REL}/customXml" Target="../customXml/item1.xml"/>` +
      (options.macros ? `<Relationship Id="rId6" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>` : "") +
      `</Relationships>`,
    "xl/styles.xml":
      `${DECL}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00_ "/></numFmts>` +
      `<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><color indexed="10"/><name val="黑体"/></font></fonts>` +
      `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
      `<fill><patternFill patternType="solid"><fgColor indexed="12"/><bgColor indexed="64"/></patternFill></fill></fills>` +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
      `<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"><alignment horizontal="center"/></xf>` +
      `<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"><protection locked="0"/></xf>` +
      `<xf numFmtId="10" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>` +
      `<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>` +
      `<colors><indexedColors>${palette()}</indexedColors></colors></styleSheet>`,
    "xl/sharedStrings.xml": `${DECL}<sst xmlns="${MAIN}" count="6" uniqueCount="6"><si><t>项目</t></si><si><t>上年</t></si><si><t>本年</t></si><si><t>基本支出</t></si><si><t>项目支出</t></si><si><t>合计</t></si></sst>`,
    "xl/worksheets/sheet1.xml":
      `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
      `<sheetPr codeName="Sheet1"><tabColor rgb="FFFF0000"/></sheetPr><dimension ref="A1:D5"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="20" customWidth="1"/><col min="4" max="4" width="12" style="2" customWidth="1"/></cols>\r\n` +
      `<sheetData>\r\n` +
      `<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c><c r="C1" s="1" t="s"><v>2</v></c></row>\r\n` +
      `<row r="2" spans="1:3"><c r="A2" t="s"><v>3</v></c><c r="B2" s="2"><v>100.5</v></c><c r="C2" s="2"><v>200</v></c></row>\r\n` +
      `<row r="3" spans="1:3"><c r="A3" t="s"><v>4</v></c><c r="B3" s="2"><v>50.25</v></c><c r="C3" s="2"><v>80</v></c></row>\r\n` +
      `<row r="4" spans="1:3"><c r="A4" t="s"><v>5</v></c><c r="B4" s="2"><f>SUM(B2:B3)</f><v>150.75</v></c><c r="C4" s="2"><f t="shared" ref="C4:C5" si="0">SUM(C2:C3)</f><v>280</v></c></row>\r\n` +
      `<row r="5" spans="1:3" s="3" customFormat="1"><c r="A5" t="inlineStr"><is><t>内联 &amp; 文本</t></is></c><c r="C5" s="2"><f t="shared" si="0"/><v>280</v></c></row>\r\n` +
      `</sheetData>` +
      `<sheetProtection algorithmName="SHA-512" hashValue="q1w2e3==" saltValue="c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>` +
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B2:B3 D2"><formula1>"是,否"</formula1></dataValidation></dataValidations>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>` +
      `<drawing r:id="rId1"/><legacyDrawing r:id="rId3"/>` +
      `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">` +
      `<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/>` +
      `<x14:sparklines><x14:sparkline><xm:f>${FEATURE_SHEETS.data}!B2:C2</xm:f><xm:sqref>D2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst></worksheet>`,
    "xl/worksheets/_rels/sheet1.xml.rels":
      `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rId3" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
    "xl/comments1.xml":
      `${DECL}<comments xmlns="${MAIN}"><authors><author>张会计</author></authors><commentList>` +
      `<comment ref="B3" authorId="0"><text><t>张会计：核对过凭证</t></text></comment>` +
      `<comment ref="A1" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="宋体"/></rPr><t>张会计:</t></r><r><rPr><sz val="9"/><rFont val="宋体"/></rPr><t xml:space="preserve">&#10;标题行</t></r></text></comment>` +
      `</commentList></comments>`,
    "xl/drawings/vmlDrawing1.vml":
      `<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n` +
      ` <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>` +
      noteShape(1025, 2, 1) +
      noteShape(1026, 0, 0) +
      `</xml>\r\n`,
    "xl/drawings/drawing1.xml":
      `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
      `<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
      `<xdr:oneCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="95250" cy="95250"/>` +
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 2"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${REL}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
    "xl/drawings/_rels/drawing1.xml.rels": `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${REL}/image" Target="../media/image1.png"/></Relationships>`,
    "xl/charts/chart1.xml":
      `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/>` +
      `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>${FEATURE_SHEETS.data}!$B$2:$B$3</c:f></c:numRef></c:val></c:ser>` +
      `<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
    "xl/media/image1.png": PNG,
    "customXml/item1.xml": `<?xml version="1.0" encoding="UTF-8"?><budget xmlns="urn:example:budget"><year>2023</year></budget>`,
    "customXml/itemProps1.xml": `${DECL}<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    "customXml/_rels/item1.xml.rels": `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
    "xl/worksheets/sheet2.xml":
      `${DECL}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>1</x:v></x:c><x:c r="C2"><x:v>2</x:v></x:c></x:row></x:sheetData>` +
      `<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`,
  };
  if (options.macros) parts["xl/vbaProject.bin"] = VBA_PROJECT;
  if (options.prefixedSheet === false)
    parts["xl/worksheets/sheet2.xml"] = (parts["xl/worksheets/sheet2.xml"] as string).replace(/<(\/?)x:/g, "<$1").replace("xmlns:x=", "xmlns=");
  return parts;
}

export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(files, { level: 6 });
}

export function featureWorkbook(options: FeatureWorkbookOptions = {}): Uint8Array {
  return zipParts(featureWorkbookParts(options));
}

/** A custom palette of 64 colours (Excel's with a few changed). */
function palette(): string {
  return Array.from({ length: 64 }, (_, i) => `<rgbColor rgb="FF${((i * 0x3f2c1b + 0x102030) & 0xffffff).toString(16).padStart(6, "0").toUpperCase()}"/>`).join(
    "",
  );
}

function noteShape(id: number, row: number, col: number): string {
  return (
    `\r\n <v:shape id="_x0000_s${id}" type="#_x0000_t202" style='position:absolute;margin-left:100pt;margin-top:10pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden' fillcolor="#ffffe1" o:insetmode="auto">` +
    `\r\n  <v:fill color2="#ffffe1"/>\r\n  <v:shadow on="t" color="black" obscured="t"/>\r\n  <v:path o:connecttype="none"/>\r\n  <v:textbox style='mso-direction-alt:auto'>\r\n   <div style='text-align:left'></div>\r\n  </v:textbox>` +
    `\r\n  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:Anchor>\r\n    ${col + 1}, 15, ${row}, 10, ${col + 3}, 15, ${row + 4}, 4</x:Anchor>` +
    `\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>${row}</x:Row>\r\n   <x:Column>${col}</x:Column>\r\n  </x:ClientData>\r\n </v:shape>`
  );
}
