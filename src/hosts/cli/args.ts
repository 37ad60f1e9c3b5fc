/** Argument reader for the CLI hosts: one positional file, --flag and --option VALUE (or --option=VALUE). */
export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** What a command accepts; anything else is refused (a mistyped option must never be ignored). */
export interface ArgSpec {
  options: readonly string[];
  flags: readonly string[];
  /** Most positional arguments accepted (the input file). */
  maxPositional: number;
}

/**
 * `["a.xlsx", "--out", "b.xlsx", "--json"]` → positional ["a.xlsx"], options {out: "b.xlsx"}, flags {json}.
 * Unknown options, an option given twice or with an empty value (`--out ''`), a flag given a value and extra
 * files are UsageErrors. After `--` every
 * argument is a file name (for files whose name starts with "-").
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || arg === "-" || !arg.startsWith("-")) {
      parsed.positional.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(arg.startsWith("--") ? 2 : 1, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if (spec.flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`选项 --${name} 不带值`);
      parsed.flags.add(name);
      continue;
    }
    if (!spec.options.includes(name)) throw new UsageError(`未知选项 ${arg.slice(0, eq < 0 ? undefined : eq)}`);
    if (parsed.options.has(name)) throw new UsageError(`选项 --${name} 只能给一次`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError(`选项 --${name} 需要一个值`);
    if (value === "") throw new UsageError(`选项 --${name} 的值是空的：请给出文件名或取值`);
    parsed.options.set(name, value);
  }
  if (parsed.positional.length > spec.maxPositional) throw new UsageError(`多余的参数“${parsed.positional[spec.maxPositional]}”：一次只检查一个文件`);
  return parsed;
}

/** The command line is wrong: the message, then the usage, on stderr; exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
