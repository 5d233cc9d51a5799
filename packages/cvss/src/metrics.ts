/**
 * The metrics of each CVSS version, in the order their specifications list
 * them, with each metric's allowed values. These are facts of the FIRST
 * specifications (v4.0 §7, v3.1 §6 and §7.4, v2.0 §2.4).
 */
import type { CvssVersion } from './types.js'

export type MetricGroup =
  'base' | 'threat' | 'temporal' | 'environmental' | 'supplemental'

export interface MetricDef {
  key: string
  values: readonly string[]
  required: boolean
  group: MetricGroup
}

export interface VersionSpec {
  version: CvssVersion
  /** `CVSS:4.0` etc.; v2.0 vectors carry none */
  prefix?: string
  /** v4.0 and v2.0 fix the order of the metrics; v3.x does not */
  ordered: boolean
  metrics: readonly MetricDef[]
}

function def(
  group: MetricGroup,
  required: boolean,
  list: [string, string][],
): MetricDef[] {
  return list.map(([key, values]) => ({
    key,
    values: values.split(' '),
    required,
    group,
  }))
}

const IMPACT4 = 'H L N'

export const V4: VersionSpec = {
  version: '4.0',
  prefix: 'CVSS:4.0',
  ordered: true,
  metrics: [
    ...def('base', true, [
      ['AV', 'N A L P'],
      ['AC', 'L H'],
      ['AT', 'N P'],
      ['PR', 'N L H'],
      ['UI', 'N P A'],
      ['VC', IMPACT4],
      ['VI', IMPACT4],
      ['VA', IMPACT4],
      ['SC', IMPACT4],
      ['SI', IMPACT4],
      ['SA', IMPACT4],
    ]),
    ...def('threat', false, [['E', 'X A P U']]),
    ...def('environmental', false, [
      ['CR', 'X H M L'],
      ['IR', 'X H M L'],
      ['AR', 'X H M L'],
      ['MAV', 'X N A L P'],
      ['MAC', 'X L H'],
      ['MAT', 'X N P'],
      ['MPR', 'X N L H'],
      ['MUI', 'X N P A'],
      ['MVC', 'X H L N'],
      ['MVI', 'X H L N'],
      ['MVA', 'X H L N'],
      ['MSC', 'X H L N'],
      // Safety (S) exists only for the modified subsequent integrity and
      // availability metrics.
      ['MSI', 'X S H L N'],
      ['MSA', 'X S H L N'],
    ]),
    ...def('supplemental', false, [
      ['S', 'X N P'],
      ['AU', 'X N Y'],
      ['R', 'X A U I'],
      ['V', 'X D C'],
      ['RE', 'X L M H'],
      ['U', 'X Clear Green Amber Red'],
    ]),
  ],
}

function v3(version: '3.1' | '3.0'): VersionSpec {
  return {
    version,
    prefix: `CVSS:${version}`,
    ordered: false,
    metrics: [
      ...def('base', true, [
        ['AV', 'N A L P'],
        ['AC', 'L H'],
        ['PR', 'N L H'],
        ['UI', 'N R'],
        ['S', 'U C'],
        ['C', 'H L N'],
        ['I', 'H L N'],
        ['A', 'H L N'],
      ]),
      ...def('temporal', false, [
        ['E', 'X H F P U'],
        ['RL', 'X U W T O'],
        ['RC', 'X C R U'],
      ]),
      ...def('environmental', false, [
        ['CR', 'X H M L'],
        ['IR', 'X H M L'],
        ['AR', 'X H M L'],
        ['MAV', 'X N A L P'],
        ['MAC', 'X L H'],
        ['MPR', 'X N L H'],
        ['MUI', 'X N R'],
        ['MS', 'X U C'],
        ['MC', 'X H L N'],
        ['MI', 'X H L N'],
        ['MA', 'X H L N'],
      ]),
    ],
  }
}

export const V31 = v3('3.1')
export const V30 = v3('3.0')

export const V2: VersionSpec = {
  version: '2.0',
  ordered: true,
  metrics: [
    ...def('base', true, [
      ['AV', 'L A N'],
      ['AC', 'H M L'],
      ['Au', 'M S N'],
      ['C', 'N P C'],
      ['I', 'N P C'],
      ['A', 'N P C'],
    ]),
    ...def('temporal', false, [
      ['E', 'U POC F H ND'],
      ['RL', 'OF TF W U ND'],
      ['RC', 'UC UR C ND'],
    ]),
    ...def('environmental', false, [
      ['CDP', 'N L LM MH H ND'],
      ['TD', 'N L M H ND'],
      ['CR', 'L M H ND'],
      ['IR', 'L M H ND'],
      ['AR', 'L M H ND'],
    ]),
  ],
}
