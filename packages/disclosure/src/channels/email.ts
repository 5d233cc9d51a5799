/**
 * Channel 6: the announcement email, sent through SMTP only when an SMTP
 * server is configured (otherwise the rendered email is only an output).
 *
 * Idempotence: a sent email is recorded as a hidden line in the release's
 * security section (`<!-- psirt:email-sent:<id> -->`), the one place every
 * run reads and that needs no commit. The record is written right after
 * the send; if that write fails the channel fails, naming the risk.
 */
import { UserError } from '../../../core/src/errors.js'
import { forLog } from '../../../core/src/text.js'
import type { Advisory } from '../advisory.js'
import type { Email } from '../email.js'
import { ChannelError, type ChannelResult } from './types.js'

export interface SmtpSettings {
  /** smtp://user:pass@host:port or smtps://... */
  url: string
  from: string
  to: string[]
}

/** Checks an smtp-url input without echoing its password. */
export function checkSmtpUrl(url: string): void {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    throw new UserError(
      'Input "smtp-url" is not a URL. Fix: write it as smtps://user:password@mail.example.com:465 and keep it in a secret.',
    )
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') {
    throw new UserError(
      `Input "smtp-url" must start with smtp:// or smtps://, not ${forLog(u.protocol, 20)}//. Fix: write it as smtps://user:password@mail.example.com:465.`,
    )
  }
}

export interface EmailState {
  /** the release body records this email as sent */
  sent: boolean
  /** records the email as sent in the release body */
  record: () => Promise<void>
}

/** Sends the announcement unless the release records it as sent. */
export async function publishEmail(
  smtp: SmtpSettings | undefined,
  a: Advisory,
  email: Email,
  state: EmailState,
  dryRun: boolean,
): Promise<ChannelResult> {
  const base = { record: a.id, channel: 'email' as const }
  if (!smtp) {
    return {
      ...base,
      outcome: 'skipped',
      detail: 'no smtp-url configured; the email is in the outputs and files',
    }
  }
  if (smtp.to.length === 0 || !smtp.from) {
    return {
      ...base,
      outcome: 'skipped',
      detail:
        'no recipients or sender: set email-to and email-from (or channels.email)',
    }
  }
  if (state.sent) {
    return {
      ...base,
      outcome: 'already',
      detail: 'the release records it as sent',
    }
  }
  if (dryRun) {
    return {
      ...base,
      outcome: 'planned',
      detail: `would send "${email.subject}" to ${smtp.to.length} recipient(s)`,
    }
  }
  // Loaded here, not at start-up: most runs send no email.
  const { default: nodemailer } = await import('nodemailer')
  const transport = nodemailer.createTransport(smtp.url)
  try {
    await transport.sendMail({
      from: smtp.from,
      to: smtp.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
    })
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new ChannelError(
      `the SMTP server refused the email: ${forLog(why, 200)}`,
    )
  } finally {
    transport.close()
  }
  // LIMITATION: a failure between the send and this write leaves no record;
  // the run fails and says so, and a re-run would send the email again.
  try {
    await state.record()
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new ChannelError(
      `the email was sent, but recording it in the release failed (${forLog(why, 200)}); add "<!-- psirt:email-sent:${a.id} -->" inside the release's security section before re-running, or it will be sent again`,
    )
  }
  return {
    ...base,
    outcome: 'published',
    detail: `sent to ${smtp.to.length} recipient(s)`,
  }
}
