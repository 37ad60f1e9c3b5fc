/** 预算公开表 reconciliation rules (docs/domain.md §3.1–3.2), same notation as the 决算 catalogue. */
export const BUDGET_RULES = `
rule Y01.expense error 部门收支总表：本年支出合计 = 各功能分类支出之和
  in 部门收支总表
  check [本年支出合计, 金额] = sum(class rows, 金额)
rule Y01.income error 部门收支总表：本年收入合计 = 各项收入之和
  in 部门收支总表
  check [本年收入合计, 金额] = [一般公共预算拨款收入?, 金额] + [政府性基金预算拨款收入?, 金额] + [国有资本经营预算拨款收入?, 金额] + [事业收入?, 金额] + [事业单位经营收入?, 金额] + [上级补助收入?, 金额] + [附属单位上缴收入?, 金额] + [其他收入?, 金额]
rule Y01.income-total error 部门收支总表：收入总计 = 本年收入合计 + 上年结转
  in 部门收支总表
  check [收入总计, 金额] = [本年收入合计, 金额] + [上年结转?, 金额]
rule Y01.expense-total error 部门收支总表：支出总计 = 本年支出合计 + 结转下年
  in 部门收支总表
  check [支出总计, 金额] = [本年支出合计, 金额] + [结转下年?, 金额]
rule Y01.balance error 部门收支总表：收入总计 = 支出总计
  in 部门收支总表
  check [收入总计, 金额] = [支出总计, 金额]
rule Y02.tree error 部门收入总表：合计 = 各单位之和
  for each parent of 部门收入总表
  check self = children
rule Y03.row error 部门支出总表：每行 合计 = 基本支出 + 项目支出
  for each row of 部门支出总表
  check [合计] = [基本支出] + [项目支出]
rule Y03.tree error 部门支出总表：上级 = 下级之和
  for each parent of 部门支出总表
  check self = children
rule Y04.row error 财政拨款收支预算总表：每行 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算
  for each row of 财政拨款收支预算总表
  check [合计] = [一般公共预算?] + [政府性基金预算?] + [国有资本经营预算?]
rule Y04.income error 财政拨款收支预算总表：本年收入 = 三类财政拨款收入之和
  in 财政拨款收支预算总表
  check [本年收入, 金额] = [一般公共预算拨款收入?, 金额] + [政府性基金预算拨款收入?, 金额] + [国有资本经营预算拨款收入?, 金额]
rule Y04.expense error 财政拨款收支预算总表：本年支出 = 各功能分类支出之和
  for each column of 财政拨款收支预算总表
  check [本年支出] = sum(class rows)
rule Y05.tree error 财政拨款支出预算表（经济分类）：上级 = 下级之和
  for each parent of 财政拨款支出预算表（部门经济分类科目）
  check self = children
rule Y06.row error 一般公共预算支出预算表：每行 合计 = 当年财政拨款安排 + 上年结转安排
  for each row of 一般公共预算支出预算表
  check [合计] = [当年财政拨款安排] + [上年结转安排?]
rule Y06.split error 一般公共预算支出预算表：每行 合计 = 基本支出 + 项目支出
  for each row of 一般公共预算支出预算表
  check [合计] = [基本支出] + [项目支出]
rule Y06.tree error 一般公共预算支出预算表：上级 = 下级之和
  for each parent of 一般公共预算支出预算表
  check self = children
rule Y07.row error 一般公共预算基本支出预算表：每行 合计 = 人员经费 + 公用经费
  for each row of 一般公共预算基本支出预算表
  check [合计] = [人员经费] + [公用经费]
rule Y07.tree error 一般公共预算基本支出预算表：上级 = 下级之和
  for each parent of 一般公共预算基本支出预算表
  check self = children
rule Y08.tree error 一般公共预算项目支出预算表：合计 = 各项目之和
  for each parent of 一般公共预算项目支出预算表
  check self = children
rule Y09.total error 一般公共预算三公经费预算：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费
  for each row of 一般公共预算“三公”经费支出预算表
  check [合计] = [因公出国费] + [公务用车小计] + [公务接待费]
rule Y09.funds error 一般公共预算三公经费预算：每行 预算数合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算（按资金来源列示时）
  for each row of 一般公共预算“三公”经费支出预算表
  check [预算数] = [一般公共预算] + [政府性基金预算] + [国有资本经营预算]
rule Y09.car error 一般公共预算三公经费预算：公务用车购置及运行费 = 购置费 + 运行费
  for each row of 一般公共预算“三公”经费支出预算表
  check [公务用车小计] = [公务用车购置费] + [公务用车运行维护费]
rule Y09.items error 一般公共预算三公经费预算：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费（逐项列示）
  for each column of 一般公共预算“三公”经费支出预算表
  check [合计] = [因公出国费] + [公务用车费] + [公务接待费]
rule Y09.items-car error 一般公共预算三公经费预算：公务用车购置及运行费 = 购置费 + 运行费（逐项列示）
  for each column of 一般公共预算“三公”经费支出预算表
  check [公务用车费] = [公务用车购置费] + [公务用车运行维护费]
rule Y09.items-reception error 一般公共预算三公经费预算：公务接待费 = 国内接待费 + 国（境）外接待费（逐项列示）
  for each column of 一般公共预算“三公”经费支出预算表
  check [公务接待费] = [国内接待费] + [国外接待费?]
rule Y09.change error 一般公共预算三公经费预算：每行 增减额 = 本年预算数 − 上年数（列出增减额时）
  for each row of 一般公共预算“三公”经费支出预算表
  check [增减额] = [预算数] - [上年数]
rule Y10.row error 政府性基金预算支出预算表：每行 合计 = 基本支出 + 项目支出
  for each row of 政府性基金预算支出预算表
  check [合计] = [基本支出] + [项目支出]
rule Y11.total error 政府性基金三公经费预算：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费
  for each row of 政府性基金预算“三公”经费支出预算表
  check [合计] = [因公出国费] + [公务用车小计] + [公务接待费]
rule Y11.items error 政府性基金三公经费预算：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费（逐项列示）
  for each column of 政府性基金预算“三公”经费支出预算表
  check [合计] = [因公出国费] + [公务用车费] + [公务接待费]
rule Y11.items-car error 政府性基金三公经费预算：公务用车购置及运行费 = 购置费 + 运行费（逐项列示）
  for each column of 政府性基金预算“三公”经费支出预算表
  check [公务用车费] = [公务用车购置费] + [公务用车运行维护费]
rule Y12.row error 国有资本经营预算支出预算表：每行 合计 = 基本支出 + 项目支出
  for each row of 国有资本经营预算支出预算表
  check [合计] = [基本支出] + [项目支出]
rule XY.Y01-Y03 error 表间：部门收支总表 本年支出合计 = 部门支出总表 合计
  in 部门收支总表
  check [本年支出合计, 金额] = 部门支出总表[合计, 合计]
rule XY.Y03-Y07 error 表间：部门支出总表 基本支出 ≥ 一般公共预算、政府性基金、国有资本经营基本支出之和（部门支出还含事业收入等安排的支出）
  in 部门支出总表
  check [合计, 基本支出] >= 一般公共预算基本支出预算表[合计, 合计] + 政府性基金预算支出预算表[合计?, 基本支出] + 国有资本经营预算支出预算表[合计?, 基本支出]
rule XY.Y03-Y08 error 表间：部门支出总表 项目支出 ≥ 一般公共预算项目支出预算表 合计 + 基金、国资项目支出（部门支出还含其他资金）
  in 部门支出总表
  check [合计, 项目支出] >= 一般公共预算项目支出预算表[合计, 金额] + 政府性基金预算支出预算表[合计?, 项目支出] + 国有资本经营预算支出预算表[合计?, 项目支出]
rule XY.Y04-Y06 error 表间：财政拨款收支预算总表 一般公共预算支出 = 一般公共预算支出预算表 合计
  in 财政拨款收支预算总表
  check [本年支出, 一般公共预算] = 一般公共预算支出预算表[合计, 合计]
rule XY.Y01-Y03.class error 表间：部门收支总表 各功能分类支出 = 部门支出总表 该类各科目之和
  for each class row of 部门收支总表
  check [金额] = sum(部门支出总表 rows under @, 合计)
rule XY.Y01-Y06.class error 表间：部门收支总表 各功能分类支出 ≥ 一般公共预算支出预算表 该类各科目之和（部门支出还含其他资金）
  for each class row of 部门收支总表
  check [金额] >= sum(一般公共预算支出预算表 rows under @, 合计)
rule XY.Y04-Y06.class error 表间：财政拨款收支预算总表 一般公共预算 各功能分类支出 = 一般公共预算支出预算表 该类各科目之和
  for each class row of 财政拨款收支预算总表
  check [一般公共预算] = sum(一般公共预算支出预算表 rows under @, 合计)
rule XY.Y06-Y03.class error 表间：一般公共预算支出预算表 各科目 ≤ 部门支出总表 同科目（部门支出还含其他资金）
  for each code row of 一般公共预算支出预算表
  check [合计] <= 部门支出总表[@, 合计]
rule XY.Y09-Y07.reception error 表间：三公经费预算 公务接待费 ≥ 一般公共预算基本支出预算表 公务接待费(30217)
  in 一般公共预算“三公”经费支出预算表
  check [公务接待费, 预算数] >= 一般公共预算基本支出预算表[30217, 合计]
rule XY.Y09-Y07.car error 表间：三公经费预算 公务用车运行费 ≥ 一般公共预算基本支出预算表 公务用车运行维护费(30231)
  in 一般公共预算“三公”经费支出预算表
  check [公务用车运行维护费, 预算数] >= 一般公共预算基本支出预算表[30231, 合计]
rule XY.Y09-Y07.abroad error 表间：三公经费预算 因公出国（境）费 ≥ 一般公共预算基本支出预算表 因公出国（境）费用(30212)
  in 一般公共预算“三公”经费支出预算表
  check [因公出国费, 预算数] >= 一般公共预算基本支出预算表[30212, 合计]
rule XY.Y11-Y10 error 表间：政府性基金三公经费预算 合计 ≤ 政府性基金预算支出预算表 合计（基金安排的“三公”经费是基金支出的一部分）
  in 政府性基金预算“三公”经费支出预算表
  check [合计, 合计] <= 政府性基金预算支出预算表[合计, 合计]
rule XY.Y11-Y10.items error 表间：政府性基金三公经费预算 合计 ≤ 政府性基金预算支出预算表 合计（逐项列示；基金安排的“三公”经费是基金支出的一部分）
  in 政府性基金预算“三公”经费支出预算表
  check [合计, 预算数] <= 政府性基金预算支出预算表[合计, 合计]
rule XY.Y09-Y07.running warning 表间：机关运行经费预算 通常等于 一般公共预算基本支出预算表 公用经费合计（行政、参公单位）
  in 一般公共预算“三公”经费支出预算表
  check [机关运行经费, 预算数] = 一般公共预算基本支出预算表[合计, 公用经费]
`;
