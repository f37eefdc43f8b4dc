// How articles name diplomatic missions, and which kind of mission each name is.
import type { MissionKind } from '../../schema/index.ts';

/** A mission name (singular, lower case; the plural is matched too) and its kind. */
export const MISSION_NAMES: [string, MissionKind][] = [
  ['embassy', 'embassy'],
  ['high commission', 'high-commission'],
  ['consulate general', 'consulate-general'],
  ['consulate-general', 'consulate-general'],
  ['general consulate', 'consulate-general'],
  ['consulate', 'consulate'],
  ['vice consulate', 'consulate'],
  ['vice-consulate', 'consulate'],
  ['consular office', 'consulate'],
  ['honorary consulate', 'honorary-consulate'],
  ['honorary consulate general', 'honorary-consulate'],
  ['honorary consulate-general', 'honorary-consulate'],
  ['honorary consul', 'honorary-consulate'],
  ['honorary consul general', 'honorary-consulate'],
  ['honorary consul-general', 'honorary-consulate'],
  ['apostolic nunciature', 'nunciature'],
  ['nunciature', 'nunciature'],
  ['legation', 'other'],
  ['trade office', 'representative-office'],
  ['representative office', 'representative-office'],
  ['representation office', 'representative-office'],
  ['liaison office', 'representative-office'],
  ['economic and cultural office', 'representative-office'],
  ['trade and cultural office', 'representative-office'],
  ['interests section', 'other'],
  ['permanent mission', 'other'],
];
