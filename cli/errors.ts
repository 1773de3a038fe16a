// Typed failures of the CLI. Commands throw these; cli/main.ts alone turns them into
// messages and exit codes, so no command decides how the process ends.

/** Bad flags, arguments or files the user named (exit 2). `hint` names the help to read. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A scenario that does not validate (exit 2): `lines` are ready-made `file:line:column path: message`. */
export class ScenarioError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'ScenarioError';
  }
}

/** Something failed while running or writing output (exit 1). */
export class RuntimeFailure extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RuntimeFailure';
  }
}
