import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/**
 * Expected sizes of list fields that take no `first` argument. Connection `edges` count 1:
 * the connection field's `first` already multiplied them.
 */
const LIST_SIZES: Record<string, number> = {
  answers: 20,
  comments: 10,
  assignments: 10,
  tags: 5,
  departments: 50,
  managedDepartments: 5,
};

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 30, maxCost: 20000 };

function intArg(field: FieldNode, name: string, variables: Record<string, unknown>): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const v: ValueNode = arg.value;
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.VARIABLE) {
    const raw = variables[v.name.value];
    return typeof raw === 'number' ? raw : undefined;
  }
  return undefined;
}

/**
 * One pass over the operation computing depth, alias count and a cost where a list field
 * multiplies its children by its `first` argument (variables resolved). Lists without `first`
 * count as their expected size (LIST_SIZES). This blocks the classic abuse (deep nesting, alias fan-out, huge
 * pages) before any resolver runs. Returns a Japanese message, or null when within limits.
 */
export function checkQueryLimits(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: QueryLimits = DEFAULT_LIMITS,
): string | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  // A variable left out of the request takes its declared default: `query($n: Int = 100)`.
  const defaults: Record<string, unknown> = {};
  for (const def of operation.variableDefinitions ?? []) {
    if (def.defaultValue?.kind === Kind.INT) defaults[def.variable.name.value] = Number(def.defaultValue.value);
  }
  variables = { ...defaults, ...variables };
  const acc = { aliases: 0, depth: 0 };
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let cost = 0;
    if (depth > acc.depth) acc.depth = depth;
    if (depth > limits.maxDepth) return cost;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) acc.aliases += 1;
        if (sel.name.value.startsWith('__')) continue;
        const first = intArg(sel, 'first', variables);
        const childCost = sel.selectionSet ? walk(sel.selectionSet, depth + 1, seen) : 0;
        const multiplier = sel.selectionSet ? (first ?? LIST_SIZES[sel.name.value] ?? 1) : 1;
        cost += 1 + Math.max(1, multiplier) * childCost;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(sel.selectionSet, depth, seen);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const name = sel.name.value;
        if (seen.has(name)) continue;
        const frag = fragments.get(name);
        if (frag) cost += walk(frag.selectionSet, depth, new Set([...seen, name]));
      }
    }
    return cost;
  };
  const cost = walk(operation.selectionSet, 1, new Set());
  if (acc.depth > limits.maxDepth) return `クエリの入れ子が深すぎます（最大 ${limits.maxDepth} 階層）。`;
  if (acc.aliases > limits.maxAliases) return `エイリアスが多すぎます（最大 ${limits.maxAliases} 個）。`;
  if (cost > limits.maxCost) return `クエリが大きすぎます（コスト ${cost}、上限 ${limits.maxCost}）。件数を減らしてください。`;
  return null;
}

export function limitError(message: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

