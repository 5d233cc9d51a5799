/** The banner's modes, kept apart so an entry can check inputs cheaply. */

export const APPLY_MODES = ['commit', 'pull-request', 'none'] as const
export type ApplyMode = (typeof APPLY_MODES)[number]

export const BANNER_MODES = ['update', 'expire'] as const
export type BannerMode = (typeof BANNER_MODES)[number]

/** The pull request branch when none is named. */
export const DEFAULT_PR_BRANCH = 'psirt/readme-banner'
