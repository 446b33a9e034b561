import { DocumentNode, FieldNode, FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode, ValueNode } from 'graphql';
import { LIMITS } from '../validation/limits';

/**
 * The limits every GraphQL request meets. Size, tokens, depth, aliases and directives are
 * enforced by graphql-armor while the query is parsed and validated (see `armor.ts`), so an
 * oversized query costs at most `maxTokens` tokens of parsing. The cost below is Banso's own:
 * it reads `first` from variables and charges the fields that do real work.
 */
export const QUERY_LIMITS = {
  /** characters of the query document (variables are limited by the body parser) */
  maxQueryLength: 20_000,
  maxTokens: 1_000,
  maxDepth: 10,
  maxAliases: 30,
  maxDirectives: 10,
  maxCost: 20_000,
} as const;

export interface CostLimits {
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
  formerNames: 3,
  auditActions: 30,
  // ContributionStats: 12 months (53 weeks at most), one row per sub-department, 20 listed.
  series: 53,
  byDepartment: 30,
  unanswered: 20,
  adoptions: 10,
  collections: 20,
  cases: 100,
  posts: 30,
  topCases: 5,
  changedTags: 3,
  // The viewer's own drafts (at most 50 are kept per person).
  drafts: 50,
  // 編集履歴: 5 revisions unless `first` says otherwise (at most 50, HISTORY_LIMITS); an idea's status changes.
  revisions: 5,
  ideaStatusChanges: 5,
};

/**
 * Fields that do real work per occurrence, on top of 1 per field: a search, a similarity
 * query, a Markdown render, a skill record recomputed from the ledger, an exact count. The
 * weights are set so that one request within `maxCost` holds the event loop for well under
 * 100 ms on a 2-core machine with 100,000 posts (measured; see README "Safety").
 */
export const FIELD_WEIGHTS: Record<string, number> = {
  markdownPreview: 4_000,
  search: 12_000,
  similarPosts: 2_000,
  relatedPosts: 2_000,
  experts: 2_000,
  teamSkillRecords: 4_000,
  skillRecord: 300,
  totalCount: 200,
  // Statistics aggregate a 年度 of the ledger (~300 ms for a whole organisation with a million
  // facts, npm run bench:stats): one per request, and the leaderboard scans the 年度's facts.
  contributionStats: 12_000,
  leaderboard: 4_000,
  impactSummary: 3_000,
  contentReviewQueue: 1_000,
  moderationCounts: 200,
  reviewDue: 20,
};

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
 * The cost of an operation: every field counts 1 plus its weight, and a list field multiplies
 * its children by its `first` argument (variables and their defaults resolved) or by its
 * expected size (LIST_SIZES). Fragments count once per spread.
 */
export function queryCost(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
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
  const walk = (set: SelectionSetNode, seen: Set<string>): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        const first = intArg(sel, 'first', variables);
        const multiplier = Math.max(1, sel.selectionSet ? (first ?? LIST_SIZES[sel.name.value] ?? 1) : 1);
        let childCost = 0;
        if (sel.selectionSet) {
          // A connection repeats its edges, not its totalCount or pageInfo.
          const edges = sel.selectionSet.selections.filter((c) => c.kind === Kind.FIELD && (c.name.value === 'edges' || c.name.value === 'nodes'));
          if (first !== undefined && edges.length > 0) {
            const rest = sel.selectionSet.selections.filter((c) => !edges.includes(c));
            childCost = multiplier * walk({ kind: Kind.SELECTION_SET, selections: edges }, seen) + walk({ kind: Kind.SELECTION_SET, selections: rest }, seen);
          } else childCost = multiplier * walk(sel.selectionSet, seen);
        }
        cost += 1 + (FIELD_WEIGHTS[sel.name.value] ?? 0) + childCost;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(sel.selectionSet, seen);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const name = sel.name.value;
        if (seen.has(name)) continue;
        const frag = fragments.get(name);
        if (frag) cost += walk(frag.selectionSet, new Set([...seen, name]));
      }
    }
    return cost;
  };
  return walk(operation.selectionSet, new Set());
}

/** Every `first` in the operation (literal or variable), to refuse an impossible page before costing it. */
function firstArgs(document: DocumentNode, variables: Record<string, unknown>): number[] {
  const out: number[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const f = intArg(sel, 'first', variables);
        if (f !== undefined) out.push(f);
      }
      if ('selectionSet' in sel && sel.selectionSet) visit(sel.selectionSet);
    }
  };
  for (const def of document.definitions) if ('selectionSet' in def && def.selectionSet) visit(def.selectionSet);
  return out;
}

/** A Japanese message when the operation is over budget, else null. */
export function checkQueryCost(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: CostLimits = QUERY_LIMITS,
): string | null {
  if (firstArgs(document, variables).some((f) => f < 0 || f > LIMITS.pageSize)) return `first は0〜${LIMITS.pageSize}で指定してください。`;
  const cost = queryCost(document, operation, variables);
  if (cost > limits.maxCost) return `クエリが大きすぎます（コスト ${cost}、上限 ${limits.maxCost}）。件数を減らしてください。`;
  return null;
}

export function limitError(message: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}
