/** How deep a value nests before {@link limitNesting} cuts it. */
export const maximumRawDepth = 64;

/** What {@link limitNesting} puts where a value nested too deep was. */
export const nestingPlaceholder = '[nested too deep]';

/**
 * A value that `JSON.stringify` can always serialise: the value itself when it nests at most
 * `maximumDepth` levels (checked without recursion, so any depth is safe to inspect), else a copy in
 * which every object or array below that depth is replaced by {@link nestingPlaceholder}. Never throws. Adapters put
 * event `raw` bodies through it, so a 10,000-deep body never makes an event unserialisable.
 *
 * @example
 * ```ts
 * const raw = limitNesting(body); // body, or a copy cut at 64 levels
 * ```
 */
export function limitNesting<Value>(value: Value, maximumDepth = maximumRawDepth): Value {
  try {
    if (fitsAsTree(value, maximumDepth, { remaining: treeWalkBudget })) return value;
    return nestingDepth(value, maximumDepth) <= maximumDepth ? value : (cut(value, maximumDepth) as Value);
  } catch {
    // A throwing getter (never in parsed JSON): leave the value to the caller as it came.
    return value;
  }
}

/** How many objects and values the fast walk of {@link fitsAsTree} visits before it leaves the answer to {@link nestingDepth}. */
const treeWalkBudget = 100_000;

/**
 * The fast path: true when the value nests at most `levels` levels, walking it as a tree without the
 * bookkeeping of {@link nestingDepth} (recursion at most `levels` deep; at most `budget.remaining`
 * objects and values). Its depth is never below {@link nestingDepth}'s, so `true` is the same answer; `false` (too
 * deep, or a body with shared objects or cycles that runs out of budget) means "ask {@link nestingDepth}".
 */
function fitsAsTree(value: unknown, levels: number, budget: { remaining: number }): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (levels === 0) return false;
  const children = Object.values(value);
  budget.remaining -= children.length + 1;
  if (budget.remaining < 0) return false;
  for (const child of children) {
    if (child !== null && typeof child === 'object' && !fitsAsTree(child, levels - 1, budget)) return false;
  }
  return true;
}

/** The nesting depth of a value, counted up to `limit + 1` with an explicit stack. */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 0]];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return deepest;
}

function cut(value: unknown, remaining: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (remaining <= 0) return nestingPlaceholder;
  if (Array.isArray(value)) return value.map((item) => cut(item, remaining - 1));
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    Object.defineProperty(copy, key, {
      value: cut(child, remaining - 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
