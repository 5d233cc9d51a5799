/**
 * Channel 5: the community forum. The topic carries the advisory id as its
 * `external_id`, so it is looked up before it is created and a re-run
 * never posts twice. Critical and high advisories (the configured
 * threshold) are pinned until the banner period ends.
 */
import { UserError } from '../../../core/src/errors.js'
import { forLog } from '../../../core/src/text.js'
import { atLeast, type Advisory } from '../advisory.js'
import type { Severity } from '../../../records/src/types.js'
import { requestJson } from './fetch.js'
import { ChannelError, type ChannelResult } from './types.js'

export interface DiscourseSite {
  url: string
  apiKey: string
  apiUsername: string
  category: number
  /** pin topics at or above this severity */
  pinSeverity: Severity
  /** days a pin lasts */
  pinDays: number
}

interface Topic {
  id: number
  slug?: string
  pinned?: boolean
}

/** External ids are path segments: keep them to safe characters. */
export function externalId(a: Advisory): string {
  return a.id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 50)
}

function check(status: number, what: string): void {
  if (status === 401 || status === 403) {
    throw new UserError(
      `Discourse refused to ${what} (${status}). Fix: check the discourse-api-key and discourse-api-username inputs; the key needs to create topics in category and, for pinning, moderate them.`,
    )
  }
  if (status < 200 || status >= 300) {
    throw new ChannelError(
      `Discourse answered ${status} when asked to ${what}.`,
    )
  }
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** Creates (or completes) the forum topic of an advisory. */
export async function publishDiscourse(
  site: DiscourseSite,
  a: Advisory,
  markdown: string,
  dryRun: boolean,
): Promise<ChannelResult> {
  const base = { record: a.id, channel: 'discourse' as const }
  const root = site.url.replace(/\/+$/, '')
  const auth = { 'Api-Key': site.apiKey, 'Api-Username': site.apiUsername }
  const ext = externalId(a)
  // Discourse answers the external id with a redirect to the topic.
  const found = await requestJson<Topic>(
    `${root}/t/external_id/${encodeURIComponent(ext)}.json`,
    { headers: auth },
  )
  if (found.status !== 404) check(found.status, `look up topic ${ext}`)
  let topic = found.status === 404 ? undefined : found.data
  const pin = atLeast(a.severity, site.pinSeverity)
  const link = (t: Topic) => `${root}/t/${t.slug ?? 'topic'}/${t.id}`

  // LIMITATION: a topic already posted is not edited when the record
  // changes later; the GitHub advisory is the text kept up to date.
  if (topic && (!pin || topic.pinned)) {
    return {
      ...base,
      outcome: 'already',
      detail: `topic ${topic.id} exists`,
      url: link(topic),
    }
  }
  if (dryRun) {
    return {
      ...base,
      outcome: 'planned',
      detail: topic
        ? `would pin topic ${topic.id}`
        : `would post a topic in category ${site.category}${pin ? ' and pin it' : ''}`,
    }
  }
  let detail = ''
  if (!topic) {
    const created = await requestJson<{ topic_id: number; topic_slug: string }>(
      `${root}/posts.json`,
      {
        method: 'POST',
        headers: auth,
        body: {
          title: `[Security] ${a.title}`.slice(0, 255),
          raw: markdown,
          category: site.category,
          external_id: ext,
        },
      },
    )
    check(created.status, `create the topic of ${forLog(a.id, 80)}`)
    topic = { id: created.data.topic_id, slug: created.data.topic_slug }
    detail = `topic ${topic.id} posted`
  }
  if (pin) {
    const pinned = await requestJson(`${root}/t/${topic.id}/status.json`, {
      method: 'PUT',
      headers: auth,
      body: {
        status: 'pinned',
        enabled: 'true',
        until: addDays(a.now, site.pinDays),
      },
    })
    check(pinned.status, `pin topic ${topic.id}`)
    detail = detail ? `${detail} and pinned` : `topic ${topic.id} pinned`
  }
  return { ...base, outcome: 'published', detail, url: link(topic) }
}
