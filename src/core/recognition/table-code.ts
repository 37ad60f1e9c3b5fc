import { compact } from "../text/normalize";

const TABLE_CODE = /^(公开|附)?表?\d+(-\d+)?表?$|^公开\d+表$|^表\d+(-\d+)?$/;

/** A table's number printed beside its title or in a corner: "公开01表", "表1-2", "附表3". */
export function isTableCode(text: string): boolean {
  return TABLE_CODE.test(compact(text));
}
