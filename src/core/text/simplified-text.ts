/**
 * Traditional characters a reposted page prints (“萬元”, “減少”, “增長”, “佔採購總量的”), each with the simplified character
 * the text checks read, one for one.
 *
 * The characters of budget, 决算, 三公 and 政府采购 texts and the words around them, not a general converter: a
 * character missing here leaves its word unread, as before. A character that simplified text also uses with another
 * meaning is left out, save 於, 後 and 徵, which simplified budget texts do not print (“調整後”, “徵收” are reposts).
 */
const PAIRS = [
  "並并佔占來来倆俩個个們们備备傳传債债傷伤僑侨價价儀仪億亿儉俭償偿優优兒儿內内兩两別别則则劃划動动務务勞劳勵励區区協协厲厉員员問问單单嚴严國国圍围園园圓圆團团執执",
  "堅坚報报場场増增壓压壩坝夠够婦妇學学實实寧宁審审將将專专對对屆届層层屬属島岛帳账幣币幹干幾几庫库廈厦廠厂廢废廣广廳厅強强後后徑径從从復复徵征態态慮虑憑凭應应戶户",
  "採采換换搶抢撥拨撫抚擁拥擔担據据擠挤擴扩敎教數数斷断於于時时晉晋曬晒會会東东條条業业極极構构標标樣样樹树橋桥機机檢检權权歲岁歸归殘残殯殡氣气決决沒没況况減减準准",
  "滬沪滾滚漁渔漢汉漲涨澇涝濟济瀘泸灣湾災灾為为無无煉炼熱热燈灯營营爭争爲为獎奖獨独現现環环瓊琼產产當当療疗發发監监確确礎础礦矿稅税種种積积穩稳節节範范築筑簡简籌筹",
  "粵粤糧粮糾纠紀纪約约納纳級级細细終终組组結结絡络給给統统經经綜综綠绿維维綱纲網网緊紧線线編编縣县縮缩總总績绩繕缮繞绕繳缴續续罰罚聯联職职肅肃脫脱臺台與与興兴舉举",
  "舊旧華华萬万蒼苍藝艺藥药蘇苏處处虛虚號号蟲虫術术衛卫裏里補补裡里製制覈核見见規规視视計计訊讯訓训託托記记設设診诊註注評评詢询話话該该詳详誤误說说調调諧谐諮咨證证",
  "議议護护變变讓让財财貧贫貨货責责貴贵買买貸贷費费貼贴貿贸賃赁資资賠赔賣卖質质賬账購购贈赠贛赣車车軌轨軍军軟软較较輛辆輸输轉转辦办農农這这週周進进運运過过達达違违",
  "遞递適适遼辽還还郵邮鄉乡醫医釐厘銀银鋼钢錄录錢钱錯错鎮镇鐵铁長长門门開开間间閘闸閩闽關关陝陕陰阴陽阳隊队際际險险隴陇雙双離离難难電电鞏巩頁页項项須须預预頓顿頭头",
  "題题額额類类顯显風风颱台飲饮養养餘余館馆駕驾駛驶驊骅驗验體体魯鲁麵面麼么黃黄點点黨党齊齐齡龄龍龙",
].join("");

const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < PAIRS.length; i += 2) SIMPLIFIED.set(PAIRS[i], PAIRS[i + 1]);
const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join("")}]`, "g");
/** A repost's pinyin after a character (“經(jīng)費(fèi)”, “萬(wàn)元”, “預(yù)算”): lower-case letters with tones, in brackets. */
const PINYIN = /(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/g;

/** A paragraph as the text checks read it, and where each of its positions stands in the paragraph as written. */
export interface SimplifiedText {
  text: string;
  /** The position in the text as written of a position of `text` (its length maps to the written text's). */
  written(position: number): number;
}

/**
 * “實際完成採購金額71.22億元” → “实际完成采购金额71.22亿元”; “經(jīng)費(fèi)執(zhí)行數(shù)”
 * → “经费执行数”: traditional characters read as simplified ones, one for one, and a repost's pinyin left out, with
 * the way back to the written positions (a finding's words are marked where they stand in the text as written).
 */
export function simplifiedText(written: string): SimplifiedText {
  const folded = written.replace(TRADITIONAL, (c) => SIMPLIFIED.get(c)!);
  const cuts = [...folded.matchAll(PINYIN)].map((m) => ({ at: m.index, length: m[0].length }));
  if (cuts.length === 0) return { text: folded, written: (position) => position };
  let text = "";
  let from = 0;
  for (const cut of cuts) {
    text += folded.slice(from, cut.at);
    from = cut.at + cut.length;
  }
  text += folded.slice(from);
  // a position at or after a cut's place stands that cut's length further on in the written text
  const starts: number[] = [];
  let removed = 0;
  for (const cut of cuts) {
    starts.push(cut.at - removed);
    removed += cut.length;
  }
  return {
    text,
    written: (position) => {
      let shift = 0;
      for (let k = 0; k < cuts.length && starts[k] <= position; k++) shift += cuts[k].length;
      return position + shift;
    },
  };
}
