// A CLI command: one file in scripts/commands/, discovered by scripts/cli.ts.
export interface Command {
  name: string;
  /** One line for --help. */
  summary: string;
  /** Usage line(s) for `<command> --help`. */
  usage: string;
  /** Returns the process exit code. Throw UsageError for bad arguments. */
  run(args: string[]): Promise<number>;
}

/** Bad arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}
