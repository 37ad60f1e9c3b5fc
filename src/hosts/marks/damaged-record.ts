/**
 * The restore record (what the marked cells looked like before) is there but cannot be read. Marking would store
 * the marked fills as the cells' originals, so nothing is marked and the record is never overwritten; the message
 * offers clearing by the add-in's own fill colour (WorkbookHost.clearMarksByColour) instead.
 */
export class DamagedMarkRecord extends Error {
  constructor() {
    super(
      "标记的还原记录（工作簿中记下单元格原来底色的部分）已损坏，无法读出。为免把标记的颜色当作原来的底色记下、以后再也无法还原，" +
        "本次没有做任何标记，也没有改动还原记录。可以改用“按助手的底色清除标记”：去掉助手写的批注和助手所用颜色（红 FFC7CE、黄 FFEB9C、蓝 DDEBF7）的纯色底色；" +
        "单元格在标记前若有别的底色，无法再按记录还原。",
    );
    this.name = "DamagedMarkRecord";
  }
}
