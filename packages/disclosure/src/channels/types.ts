/**
 * What each publishing channel reports, per record: the summary table and
 * the `published` output are built from these.
 */

export const CHANNELS = [
  // rendering the record's documents, before any channel
  'documents',
  'release',
  'github-advisory',
  'cve',
  'release-notes',
  'discourse',
  'email',
] as const
export type ChannelName = (typeof CHANNELS)[number]

/**
 * published: this run made it public; already: it was there and right;
 * planned: a dry run would have published it; skipped: not applicable or
 * not configured (the detail says why); failed: an error (the detail says
 * what), and the later channels of that record did not run.
 */
export type Outcome = 'published' | 'already' | 'planned' | 'skipped' | 'failed'

export interface ChannelResult {
  record: string
  channel: ChannelName
  outcome: Outcome
  /** one sentence for the summary: why skipped, what failed, what was made */
  detail: string
  /** where the published item can be seen */
  url?: string
}

/** Thrown inside a channel when the remote service refuses or breaks. */
export class ChannelError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ChannelError'
  }
}
