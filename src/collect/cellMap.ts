/**
 * The machine-readable map of a collection workbook, written to its very hidden `_ctg` sheet: one
 * entry per input cell, so that a return is read by code, period and member, never by position.
 */
import type { IndicatorType } from '../plan/schema';

/** `value` cells take a figure; `comment` cells take the free comment of an indicator row. */
export type InputCellRole = 'value' | 'comment';

export type InputCell = {
  sheet: string;
  cell: string;
  code: string;
  /** Empty for comment cells. */
  period: string;
  /** Empty when the indicator has no breakdown. */
  member: string;
  type: IndicatorType | 'comment';
};

export const manifestFormat = 'ctg-collecte/1';
export const cellMapColumns = ['sheet', 'cell', 'code', 'period', 'member', 'type'] as const;
