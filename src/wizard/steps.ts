/**
 * The flow as data: the ordered questions (with their isActive predicates) that state walks through,
 * between the start page and the check-answers page.
 */
import type { FlowStep } from '../state';
import { QUESTIONS } from './questions';

export const FLOW: readonly FlowStep[] = QUESTIONS;

/** The ids of the questions asked for these answers, in order (the same list state computes). */
export function activeSteps(d: Parameters<FlowStep['isActive']>[0], today: string): string[] {
  return QUESTIONS.filter((q) => q.isActive(d, today)).map((q) => q.id);
}
