import { type OperationGroup, type OperationName, operationNames } from './operation-names.js';

/**
 * Declares every operation of one group supported, in contract order: for adapters whose provider
 * covers the whole group.
 */
export function everyOperation<Group extends OperationGroup>(
  group: Group,
): Readonly<Record<OperationName<Group>, true>> {
  const names: readonly string[] = operationNames[group];
  return Object.fromEntries(names.map((name) => [name, true])) as Record<OperationName<Group>, true>;
}
