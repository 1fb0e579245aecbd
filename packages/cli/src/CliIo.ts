/**
 * What a CLI run may touch. Tests pass their own to run the CLI in-process;
 * the `bin` script passes the real process.
 *
 * @public
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Absolute working directory that relative paths are resolved against. */
  cwd: string;
  /** Variables visible to interpolation, such as `process.env`. */
  env: Record<string, string | undefined>;
}

/**
 * The real process as a {@link CliIo}.
 *
 * @public
 */
export function processIo(): CliIo {
  return {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
}
