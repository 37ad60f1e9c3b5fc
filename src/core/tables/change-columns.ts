/**
 * The meanings of a table's change column (本年 − 上年: 增减额, 增加额, 增、减金额) and of the last-year column it is taken
 * from (the one its head names, recognition/columns.ts): what the change rules and the change-rate check read.
 */
export const CHANGE_COLUMNS = { change: "增减额", base: "上年数" } as const;
