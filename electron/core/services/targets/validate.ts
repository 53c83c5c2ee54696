import {
  PERIOD_LABELS,
  type PeriodKey,
  type PeriodValues,
  type PlanIssue,
} from '../../../../shared/contract/targets';
import { message } from '../../../../shared/messages';
import { formatAmount, monthKey, sumNullable } from '../../../../shared/performance';

/**
 * "The parts must sum to the whole", checked over a whole plan (pure):
 *
 * 1. every node has a year amount;
 * 2. quarters are all empty, or all filled and add up to the year;
 * 3. the months of a quarter are all empty, or all filled and add up to the quarter (which must be filled);
 * 4. for every period the parent has, every child has it too and the children add up to the parent.
 */
export interface CheckNode {
  id: number;
  parent_id: number | null;
  name: string;
  values: PeriodValues;
}

type Unit = 'fen' | 'milli' | 'count';

export function planIssues(nodes: readonly CheckNode[], unit: Unit): PlanIssue[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const kids = new Map<number, CheckNode[]>();
  for (const n of nodes) {
    if (n.parent_id == null) continue;
    const list = kids.get(n.parent_id) ?? [];
    list.push(n);
    kids.set(n.parent_id, list);
  }
  const pathOf = (n: CheckNode): string => {
    const parts: string[] = [];
    let cur: CheckNode | undefined = n;
    for (let i = 0; cur && i < 20; i++) {
      parts.unshift(cur.name);
      cur = cur.parent_id == null ? undefined : byId.get(cur.parent_id);
    }
    return parts.join(' / ');
  };
  const fmt = (v: number | null) => formatAmount(v, unit);
  const issues: PlanIssue[] = [];
  const add = (
    n: CheckNode,
    period: PeriodKey,
    kind: PlanIssue['kind'],
    expected: number | null,
    actual: number | null,
    m: { zh: string; en: string },
  ) =>
    issues.push({
      node_id: n.id,
      path: pathOf(n),
      period,
      kind,
      expected,
      actual,
      message_zh: m.zh,
      message_en: m.en,
    });

  // Parents before children so that the list reads top-down.
  const order: CheckNode[] = [];
  const visit = (n: CheckNode, depth: number) => {
    if (depth > 20) return;
    order.push(n);
    for (const k of kids.get(n.id) ?? []) visit(k, depth + 1);
  };
  for (const n of nodes) if (n.parent_id == null) visit(n, 0);

  for (const n of order) {
    const v = n.values;
    if (v.y == null) add(n, 'y', 'year_missing', null, null, message('issue_year_missing'));
    const qs = [v.q1, v.q2, v.q3, v.q4];
    if (v.y != null && qs.some((q) => q != null)) {
      const sum = sumNullable(qs) ?? 0;
      if (qs.some((q) => q == null) || sum !== v.y)
        add(
          n,
          'y',
          'quarters',
          v.y,
          sum,
          message('issue_quarters', { actual: fmt(sum), expected: fmt(v.y) }),
        );
    }
    for (let q = 1; q <= 4; q++) {
      const qk = `q${q}` as PeriodKey;
      const ms = [q * 3 - 2, q * 3 - 1, q * 3].map((m) => v[monthKey(m)]);
      if (!ms.some((m) => m != null)) continue;
      const sum = sumNullable(ms) ?? 0;
      const qv = v[qk];
      if (qv == null || ms.some((m) => m == null) || sum !== qv) {
        const label = PERIOD_LABELS[qk];
        const m = message('issue_months', { quarter: label.zh, actual: fmt(sum), expected: fmt(qv) });
        const en = message('issue_months', { quarter: label.en, actual: fmt(sum), expected: fmt(qv) }).en;
        add(n, qk, 'months', qv, sum, { zh: m.zh, en });
      }
    }
    const children = kids.get(n.id) ?? [];
    if (children.length === 0) continue;
    for (const k of Object.keys(PERIOD_LABELS) as PeriodKey[]) {
      const whole = v[k];
      if (whole == null) continue;
      const parts = children.map((c) => c.values[k]);
      const sum = sumNullable(parts) ?? 0;
      if (parts.some((p) => p == null) || sum !== whole) {
        const label = PERIOD_LABELS[k];
        const zh = message('issue_children', { period: label.zh, actual: fmt(sum), expected: fmt(whole) }).zh;
        const en = message('issue_children', { period: label.en, actual: fmt(sum), expected: fmt(whole) }).en;
        add(n, k, 'children', whole, sum, { zh, en });
      }
    }
  }
  return issues;
}
