/**
 * JSON over HTTP with fetch, for CVE Services and Discourse. Every answer
 * is returned with its status for the channel to judge; no answer at all
 * is a ChannelError that the summary reports and a re-run can complete.
 */
import { forLog } from '../../../core/src/text.js'
import { ChannelError } from './types.js'

export interface HttpReply<T = unknown> {
  status: number
  data: T
  headers: Headers
}

const TIMEOUT_MS = 30_000

/** One JSON request; resolves for every HTTP status, rejects on no answer. */
export async function requestJson<T = unknown>(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown },
): Promise<HttpReply<T>> {
  const method = init.method ?? 'GET'
  let res: Response
  try {
    res = await fetch(url, {
      method,
      headers: {
        accept: 'application/json',
        ...(init.body !== undefined
          ? { 'content-type': 'application/json' }
          : {}),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new ChannelError(
      `${method} ${forLog(url, 200)} got no answer (${forLog(why, 200)}).`,
    )
  }
  const text = await res.text().catch(() => '')
  let data: unknown = undefined
  if (text !== '') {
    try {
      data = JSON.parse(text)
    } catch {
      if (res.ok) {
        throw new ChannelError(
          `${method} ${forLog(url, 200)} answered ${res.status} with a body that is not JSON.`,
        )
      }
      data = { message: text.slice(0, 200) }
    }
  }
  return { status: res.status, data: data as T, headers: res.headers }
}

/** The `message` of an error body, or ''. */
export function messageOf(data: unknown): string {
  if (data && typeof data === 'object' && 'message' in data) {
    return String((data as { message: unknown }).message)
  }
  return ''
}
