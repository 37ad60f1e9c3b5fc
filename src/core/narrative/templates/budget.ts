export const BUDGET_TEMPLATE = "## 一 一、收支预算情况说明\n{金额([部门收支总表|收入总计|金额])}";
