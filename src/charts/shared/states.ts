/**
 * Step states: from which step a mark appears, at which steps it is the focus, from which step it is dimmed. A chart
 * declares them as data (a table of rows with `from` / `focus` / `dimFrom`), so that adding a step means changing
 * those numbers, and reads the state of each row at the step drawn.
 */

/** When a mark shows. Steps count from 1. */
export interface StepState {
  /** First step at which the mark is drawn. */
  from: number;
  /** Steps at which it is the focus (highlighted). Default none. */
  focus?: readonly number[];
  /** Dimmed (superseded, not the subject any more) from this step on. Default never. */
  dimFrom?: number;
}

/** A mark's state at one step. */
export interface MarkState {
  shown: boolean;
  focus: boolean;
  dim: boolean;
}

/** What the classes read of a state: focus, and dimmed (default false). */
export type Emphasis = { focus: boolean; dim?: boolean };

/** The state of `s` at `step`. A focused mark is never dimmed. */
export function stateAt(s: StepState, step: number): MarkState {
  const focus = s.focus?.includes(step) ?? false;
  return { shown: step >= s.from, focus, dim: !focus && s.dimFrom !== undefined && step >= s.dimFrom };
}

/** A mark's fill class in a state: `m-highlight` in focus, `<cls> m-dim` dimmed, else `cls`. */
export function fillClass(cls: string, st: Emphasis): string {
  return st.focus ? 'm-highlight' : st.dim ? `${cls} m-dim` : cls;
}

/** A value label's class in a state: `m-value m-value-highlight` in focus, `m-value m-dim` dimmed, else `m-value`. */
export function valueClass(st: Emphasis): string {
  return st.focus ? 'm-value m-value-highlight' : st.dim ? 'm-value m-dim' : 'm-value';
}
