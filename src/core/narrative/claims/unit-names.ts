/**
 * How a unit's name ends, where no other words end so (“北京市公安局”, “区教育委员会”, “中国人民银行”, “中央音乐学院”, “上海交通大学”):
 * as regex source, the longer ending first.
 */
export const UNIT_NAME_END = "总局|总署|局|署|银行|委员会|委|院|厅|中心|大学";

/**
 * Endings of a unit's name that end other words too (“市文化馆”, “垫江县水利管理站”, “六安市工商业联合会”, but “企业所得税”,
 * “全市社保基金”, “省会合肥”, “杜集区机关事务管理中心”): a unit's name only where its words are known to stop, before a figure's own
 * name (./figures.ts CONTEXT_PREFIX), never where a name is sought at a sentence's opening (./statements.ts OWNER): as regex source.
 */
export const SHARED_UNIT_NAME_END = "机关|办|所|站|馆|校|处|室|队|会|社";
