/**
 * A refusal of the backup or restore commands, with the French sentence the operator reads. The
 * commands print `message` and exit with `exitCode`; nothing has been written when it is thrown.
 */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message)
    this.name = 'BackupError'
  }
}
