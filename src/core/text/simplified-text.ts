/**
 * Traditional characters a reposted page prints (“萬元”, “減少”, “增長”, “佔採購總量的”), each with the simplified character
 * the text checks read, one for one.
 *
 * The characters of budget, 决算, 三公 and 政府采购 texts and the words around them, not a general converter: a
 * character missing here leaves its word unread, as before. A character that simplified text also uses with another
 * meaning is left out, save 於, 後 and 徵, which simplified budget texts do not print (“調整後”, “徵收” are reposts).
 */
const PAIRS = [
  "並并佈布佔占來来倆俩個个們们備备傳传債债傷伤僑侨價价儀仪億亿儉俭償偿優优儲储兒儿內内兩两別别則则劃划劑剂動动務务勞劳勵励區区協协厲厉員员問问單单嗎吗嚴严國国圍围",
  "園园圓圆團团執执堅坚報报場场増增壓压壞坏壩坝壯壮壽寿夠够婦妇學学實实寧宁審审寶宝將将專专對对屆届層层屬属島岛帳账帶带幣币幹干幾几庫库廈厦廠厂廢废廣广廳厅強强後后",
  "徑径從从復复徵征愛爱態态慮虑慶庆憑凭應应戶户採采換换搶抢撥拨撫抚擁拥擔担據据擠挤擴扩敎教數数斷断於于時时晉晋曬晒會会東东條条業业極极構构標标樣样樹树橋桥機机檢检",
  "權权歡欢歲岁歷历歸归殘残殯殡氣气決决沒没況况減减測测湧涌準准滬沪滾滚滿满漁渔漢汉漲涨潔洁澇涝澤泽濕湿濟济瀘泸灣湾災灾為为烏乌無无煉炼煙烟熱热燈灯營营爭争爲为狀状",
  "獎奖獨独獲获現现環环瓊琼產产産产畝亩畫画當当療疗發发盡尽監监盤盘眾众確确碼码礎础礦矿禮礼稅税種种稱称積积穩稳窮穷競竞筆笔節节範范築筑簡简簽签籌筹粵粤糧粮糾纠紀纪",
  "約约紅红納纳紙纸級级細细紹绍終终組组結结絕绝絡络給给統统經经綜综綠绿綫线維维綱纲網网緊紧線线編编緩缓縣县縮缩總总績绩織织繕缮繞绕繳缴繼继續续罰罚聯联聲声職职聽听",
  "肅肃脫脱腦脑臺台與与興兴舉举舊旧華华萬万蒼苍藝艺藥药蘇苏蘭兰處处虛虚號号蟲虫衆众術术衛卫裏里補补裝装裡里製制覈核見见規规視视親亲覺觉觀观訂订計计訊讯討讨訓训託托",
  "記记訪访設设許许診诊註注評评詞词詢询試试話话該该詳详誌志認认誤误說说課课調调談谈請请論论諧谐諮咨謝谢證证識识議议護护讀读變变讓让豐丰貝贝負负財财貢贡貧贫貨货販贩",
  "貫贯責责貴贵買买貸贷費费貼贴貿贸賃赁資资賠赔賣卖質质賬账購购賽赛贈赠贊赞贛赣趕赶車车軌轨軍军軟软較较載载輔辅輕轻輛辆輸输轄辖轉转辦办農农迴回這这連连週周進进運运",
  "過过達达違违遞递遠远適适選选遺遗遼辽還还邊边郵邮鄉乡鄰邻醫医釋释釐厘銀银銷销鋼钢錄录錢钱錯错鎖锁鎮镇鏈链鐵铁鑑鉴長长門门閉闭開开閒闲間间閘闸閩闽閱阅關关陝陕陰阴",
  "陸陆陽阳隊队階阶際际隨随險险隱隐隴陇隸隶雖虽雙双雜杂雞鸡離离難难雲云電电霧雾靈灵靜静鞏巩響响頁页項项順顺須须預预頓顿領领頭头頻频題题額额類类顧顾顯显風风颱台飛飞",
  "飯饭飲饮飽饱養养餘余館馆馬马駐驻駕驾駛驶騰腾驅驱驊骅驗验髒脏體体髮发鬆松鬥斗魚鱼魯鲁鳥鸟鹽盐麥麦麵面麼么黃黄點点黨党齊齐齡龄龍龙",
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
