/**
 * Small key/value state saved with the workbook through workbook.settings [ExcelApi 1.4]: prior-year figures,
 * preferences. Keys are prefixed so they never collide with another add-in's settings.
 */
const KEY_PREFIX = "disclosure-assistant:";

export async function loadSetting(context: Excel.RequestContext, key: string): Promise<string | undefined> {
  const setting = context.workbook.settings.getItemOrNullObject(KEY_PREFIX + key).load("value");
  await context.sync();
  if (setting.isNullObject) return undefined;
  return typeof setting.value === "string" ? setting.value : JSON.stringify(setting.value);
}

export async function saveSetting(context: Excel.RequestContext, key: string, value: string): Promise<void> {
  context.workbook.settings.add(KEY_PREFIX + key, value);
  await context.sync();
}
