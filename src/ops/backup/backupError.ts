/**
 * A refusal of the backup or restore commands, with the French sentence the operator reads. The
 * commands print `message` and exit with `exitCode`; nothing has been written when it is thrown.
 * (No parameter properties: the CLI loads this file through Node's type stripping.)
 */
export class BackupError extends Error {
  readonly exitCode: number

  constructor(message: string, exitCode = 2) {
    super(message)
    this.name = 'BackupError'
    this.exitCode = exitCode
  }
}
