/** Thrown when a post is bigger than the limit, whether it declared its size or not. */
export class RequestTooLargeError extends Error {
  readonly maxBytes: number

  constructor(maxBytes: number) {
    super(`Request body larger than ${maxBytes} bytes`)
    this.name = 'RequestTooLargeError'
    this.maxBytes = maxBytes
  }
}

/**
 * The post's form data, read from the body stream while counting bytes: past `maxBytes` the
 * reading stops and RequestTooLargeError is thrown, so a chunked body (no Content-Length) is
 * never buffered without limit as `request.formData()` would do (decision 0017). A declared
 * Content-Length over the limit is refused before anything is read. Any other unreadable body
 * rejects as `request.formData()` does (TypeError).
 */
export async function readLimitedFormData(request: Request, maxBytes: number): Promise<FormData> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw new RequestTooLargeError(maxBytes)
  if (!request.body) return request.formData()

  const reader = request.body.getReader()
  let received = 0
  let tooLarge = false
  const counted = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read()
      if (done) {
        controller.close()
        return
      }
      received += value.byteLength
      if (received > maxBytes) {
        tooLarge = true
        controller.error(new RequestTooLargeError(maxBytes))
        await reader.cancel().catch(() => undefined)
        return
      }
      controller.enqueue(value)
    },
    cancel(reason) {
      return reader.cancel(reason)
    },
  })
  const headers = new Headers()
  const contentType = request.headers.get('content-type')
  if (contentType) headers.set('content-type', contentType)
  try {
    return await new Response(counted, { headers }).formData()
  } catch (error) {
    if (tooLarge) throw new RequestTooLargeError(maxBytes)
    throw error
  }
}

/** Whether the post carries a file (an empty file input posts an empty File: not one). */
export const carriesFiles = (data: FormData) => [...data.values()].some((value) => typeof value !== 'string' && value.size > 0)
