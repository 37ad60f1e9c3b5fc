/**
 * Class (类) names of the two national classifications, used to give a code to a line printed without one
 * (收支总表 lines, 部门经济分类 rows in some budget exports) so that tables can be matched by code.
 */

/**
 * A dictionary looked up by a cell's text: without a prototype, so a label such as “constructor” or “toString” is no
 * class (a plain object would answer with Object's own functions).
 */
const byName = (classes: Record<string, string>): Readonly<Record<string, string>> => Object.freeze(Object.assign(Object.create(null), classes));

/** 支出功能分类 类 (2023 edition). */
export const FUNCTION_CLASSES = byName({
  一般公共服务支出: "201",
  外交支出: "202",
  国防支出: "203",
  公共安全支出: "204",
  教育支出: "205",
  科学技术支出: "206",
  文化旅游体育与传媒支出: "207",
  社会保障和就业支出: "208",
  社会保险基金支出: "209",
  卫生健康支出: "210",
  节能环保支出: "211",
  城乡社区支出: "212",
  农林水支出: "213",
  交通运输支出: "214",
  资源勘探工业信息等支出: "215",
  商业服务业等支出: "216",
  金融支出: "217",
  援助其他地区支出: "219",
  自然资源海洋气象等支出: "220",
  住房保障支出: "221",
  粮油物资储备支出: "222",
  国有资本经营预算支出: "223",
  灾害防治及应急管理支出: "224",
  预备费: "227",
  其他支出: "229",
  转移性支出: "230",
  债务还本支出: "231",
  债务付息支出: "232",
  债务发行费用支出: "233",
  抗疫特别国债安排的支出: "234",
});

/** 部门支出经济分类 类. */
export const ECONOMIC_CLASSES = byName({
  工资福利支出: "301",
  商品和服务支出: "302",
  对个人和家庭的补助: "303",
  债务利息及费用支出: "307",
  "资本性支出(基本建设)": "309",
  资本性支出: "310",
  "对企业补助(基本建设)": "311",
  对企业补助: "312",
  对社会保障基金补助: "313",
  其他支出: "399",
});
