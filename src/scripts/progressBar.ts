/**
 * A one-line progress bar redrawn in place on a terminal; elsewhere (CI logs, pipes) a plain line
 * every 10 %, so logs stay readable.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stdout) {
  const width = 30
  let lastStep = -1
  return {
    update(done: number, total: number) {
      const ratio = total ? done / total : 1
      if (stream.isTTY) {
        const filled = Math.round(ratio * width)
        stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`)
        if (done === total) stream.write('\n')
        return
      }
      const step = Math.floor(ratio * 10)
      if (step !== lastStep) {
        lastStep = step
        stream.write(`${label} : ${done}/${total} (${Math.round(ratio * 100)} %)\n`)
      }
    },
  }
}
