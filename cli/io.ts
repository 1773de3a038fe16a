// Where output goes: data and tables on stdout, logs, warnings and progress on stderr.
// Colour only on a TTY and never with NO_COLOR (https://no-color.org: any non-empty value).

export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function log(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function colourEnabled(stream: NodeJS.WriteStream = process.stdout): boolean {
  const noColor = process.env.NO_COLOR;
  return stream.isTTY === true && !(noColor !== undefined && noColor !== '');
}

/** Progress bars only for a person watching: a TTY on stderr, not CI, not --quiet. */
export function progressEnabled(quiet: boolean | undefined): boolean {
  const ci = process.env.CI;
  return process.stderr.isTTY === true && !quiet && !(ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0');
}
