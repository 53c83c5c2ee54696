import { Button, InputNumber, Select, Table, Tooltip, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { computeLine, formatQty, netUnitPrice } from '../../../../shared/pricing';
import { formatFen } from '../../../../shared/money';
import type { OptionItem } from '../../../../shared/contract';

export interface EditLine {
  key: string;
  product_id: number | null;
  product_label: string;
  spec: string | null;
  unit: string;
  /** thousandths */
  qty: number | null;
  /** fen, tax included */
  unit_price: number | null;
  discount_bp: number;
  tax_rate: number;
  floor_price: number;
  list_price: number | null;
  last_price: number | null;
  last_date: string | null;
  available: number | null;
  delivered_qty?: number;
  invoiced_qty?: number;
  reserved_qty?: number;
}

let seq = 0;
export const newLine = (): EditLine => ({
  key: `n${++seq}`,
  product_id: null,
  product_label: '',
  spec: null,
  unit: '',
  qty: null,
  unit_price: null,
  discount_bp: 0,
  tax_rate: 1300,
  floor_price: 0,
  list_price: null,
  last_price: null,
  last_date: null,
  available: null,
});

export function lineTotal(l: EditLine): number {
  if (!l.product_id || !l.qty || l.unit_price == null) return 0;
  return computeLine(l.qty, l.unit_price, l.discount_bp, l.tax_rate).total;
}

export function documentTotals(lines: EditLine[]) {
  let amount = 0;
  let tax = 0;
  let total = 0;
  for (const l of lines) {
    if (!l.product_id || !l.qty || l.unit_price == null) continue;
    const f = computeLine(l.qty, l.unit_price, l.discount_bp, l.tax_rate);
    amount += f.amount;
    tax += f.tax;
    total += f.total;
  }
  return { amount, tax, total };
}

/** Fills price information for products picked on lines: the customer's last price, else the list price. */
export async function priceLines(
  customerId: number | null,
  warehouseId: number | null,
  lines: EditLine[],
  productIds: number[],
): Promise<EditLine[]> {
  if (productIds.length === 0) return lines;
  const [prices, avail] = await Promise.all([
    customerId
      ? call('orders.prices', { customer_id: customerId, product_ids: productIds })
      : Promise.resolve([]),
    warehouseId
      ? call('stock.availability', { warehouse_id: warehouseId, product_ids: productIds }).catch(() => [])
      : Promise.resolve([]),
  ]);
  const p = new Map(prices.map((x) => [x.product_id, x]));
  const a = new Map(avail.map((x) => [x.product_id, x]));
  return lines.map((l) => {
    if (!l.product_id || !productIds.includes(l.product_id)) return l;
    const pr = p.get(l.product_id);
    const av = a.get(l.product_id);
    return {
      ...l,
      ...(pr
        ? {
            list_price: pr.list_price,
            floor_price: pr.floor_price,
            tax_rate: pr.tax_rate,
            last_price: pr.last_price,
            last_date: pr.last_date,
            unit_price: l.unit_price ?? pr.last_price ?? pr.list_price,
            discount_bp:
              l.unit_price == null && pr.last_price != null ? (pr.last_discount_bp ?? 0) : l.discount_bp,
          }
        : {}),
      available: av ? av.available : l.available,
    };
  });
}

const COLS = 4; // product, qty, price, discount
const cellId = (row: number, col: number) => `line-${row}-${col}`;

function ProductPicker({
  value,
  label,
  id,
  disabled,
  onPick,
}: {
  value: number | null;
  label: string;
  id: string;
  disabled: boolean;
  onPick: (o: OptionItem) => void;
}) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<OptionItem[]>([]);
  const req = useRef(0);
  const search = (q: string) => {
    const n = ++req.current;
    call('products.options', { q: q || undefined, limit: 20 })
      .then((r) => n === req.current && setOptions(r))
      .catch(() => undefined);
  };
  const shown =
    value && !options.some((o) => o.id === value) ? [{ id: value, label, sub: null }, ...options] : options;
  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      disabled={disabled}
      placeholder={t('sales.product')}
      showSearch={{ filterOption: false, onSearch: search }}
      onOpenChange={(o) => o && options.length === 0 && search('')}
      options={shown.map((o) => ({ value: o.id, label: o.label, sub: o.sub }))}
      optionRender={(o) => (
        <div>
          <div>{o.label}</div>
          {o.data.sub ? <div style={{ fontSize: 12, color: '#999' }}>{String(o.data.sub)}</div> : null}
        </div>
      )}
      onChange={(v) => {
        const o = shown.find((x) => x.id === v);
        if (o) onPick(o);
      }}
      style={{ width: '100%' }}
      popupMatchSelectWidth={360}
      variant="borderless"
      className="line-cell"
    />
  );
}

/**
 * The line grid of a quotation or order, keyboard first: Enter moves to the next cell (product → qty →
 * price → discount → next line; a new line is added after the last one), Delete removes a line from its
 * button. Totals follow shared/pricing.ts, the same rules the server stores.
 */
export function LineEditor({
  lines,
  onChange,
  customerId,
  warehouseId,
  readOnly,
  showFulfilment,
}: {
  lines: EditLine[];
  onChange: (lines: EditLine[]) => void;
  customerId: number | null;
  warehouseId: number | null;
  readOnly: boolean;
  showFulfilment?: boolean;
}) {
  const { t } = useTranslation();
  const [focus, setFocus] = useState<{ row: number; col: number } | null>(null);
  const linesRef = useRef(lines);
  useEffect(() => {
    linesRef.current = lines;
  }, [lines]);

  useEffect(() => {
    if (!focus) return;
    const el = document.getElementById(cellId(focus.row, focus.col));
    if (el) {
      el.focus();
      if (el instanceof HTMLInputElement) {
        // Typing replaces the value. Select now, so that a fast typist's (or a scanner's) first keystroke
        // replaces it, and again once InputNumber has reformatted its text on focus — but only if nothing
        // was typed meanwhile, or the second select would swallow what was typed.
        el.select();
        let typed = false;
        const mark = () => {
          typed = true;
        };
        el.addEventListener('input', mark, { once: true });
        setTimeout(() => {
          el.removeEventListener('input', mark);
          if (!typed && document.activeElement === el) el.select();
        }, 0);
      }
    }
  }, [focus]);

  const update = useCallback(
    (i: number, patch: Partial<EditLine>) => {
      const next = linesRef.current.map((l, k) => (k === i ? { ...l, ...patch } : l));
      linesRef.current = next;
      onChange(next);
    },
    [onChange],
  );

  const pick = async (i: number, o: OptionItem) => {
    const sub = o.sub?.split(' · ') ?? [];
    const picked: EditLine = {
      ...linesRef.current[i]!,
      product_id: o.id,
      product_label: o.label,
      spec: sub.length > 1 ? sub[0]! : null,
      unit: sub[sub.length - 1] ?? '',
      qty: linesRef.current[i]!.qty ?? 1000,
      unit_price: null,
      discount_bp: 0,
      last_price: null,
      last_date: null,
      available: null,
    };
    const next = linesRef.current.map((l, k) => (k === i ? picked : l));
    linesRef.current = next;
    onChange(next);
    // Focus moves on at once (a fast typist or a scanner must not wait for the price lookup) …
    setFocus({ row: i, col: 1 });
    // … and the price fields arrive when the server answers, without touching what was typed since.
    const priced = (await priceLines(customerId, warehouseId, next, [o.id]))[i]!;
    const latest = linesRef.current;
    if (latest[i]?.product_id !== o.id) return;
    const merged = latest.map((l, k) =>
      k === i
        ? {
            ...l,
            list_price: priced.list_price,
            floor_price: priced.floor_price,
            tax_rate: priced.tax_rate,
            last_price: priced.last_price,
            last_date: priced.last_date,
            available: priced.available,
            unit_price: l.unit_price ?? priced.unit_price,
            discount_bp: l.unit_price == null ? priced.discount_bp : l.discount_bp,
          }
        : l,
    );
    linesRef.current = merged;
    onChange(merged);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.shiftKey || e.nativeEvent.isComposing) return;
    const id = (e.target as HTMLElement).id ?? '';
    const m = /^line-(\d+)-(\d+)$/.exec(id);
    if (!m) return;
    const row = Number(m[1]);
    const col = Number(m[2]);
    if (col === 0) return; // the product picker moves on when a product is picked
    e.preventDefault();
    if (col < COLS - 1) setFocus({ row, col: col + 1 });
    else if (row < linesRef.current.length - 1) setFocus({ row: row + 1, col: 0 });
    else {
      onChange([...linesRef.current, newLine()]);
      setFocus({ row: row + 1, col: 0 });
    }
  };

  const num = { fontVariantNumeric: 'tabular-nums' as const };
  return (
    <div onKeyDown={onKeyDown} data-testid="line-editor">
      <Table<EditLine>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={lines}
        bordered
        className="line-table"
        tableLayout="fixed"
        columns={[
          { title: '#', width: 36, align: 'center', render: (_v, _r, i) => i + 1 },
          {
            title: t('sales.product'),
            render: (_v, l, i) =>
              readOnly ? (
                <span className="line-text">{l.product_label}</span>
              ) : (
                <ProductPicker
                  value={l.product_id}
                  label={l.product_label}
                  id={cellId(i, 0)}
                  disabled={readOnly}
                  onPick={(o) => void pick(i, o)}
                />
              ),
          },
          {
            title: '规格 / 单位',
            width: 130,
            render: (_v, l) => (
              <Typography.Text type="secondary">
                {[l.spec, l.unit].filter(Boolean).join(' · ')}
              </Typography.Text>
            ),
          },
          {
            title: t('sales.qty'),
            width: 80,
            render: (_v, l, i) =>
              readOnly ? (
                <span className="line-num">{formatQty(l.qty ?? 0)}</span>
              ) : (
                <InputNumber<number>
                  id={cellId(i, 1)}
                  value={l.qty == null ? null : l.qty / 1000}
                  min={0}
                  precision={3}
                  disabled={readOnly}
                  variant="borderless"
                  style={{ width: '100%', ...num }}
                  onChange={(v) => update(i, { qty: v == null ? null : Math.round(v * 1000) })}
                  data-testid={`qty-${i}`}
                />
              ),
          },
          {
            title: t('sales.price'),
            width: 100,
            render: (_v, l, i) => {
              if (readOnly)
                return (
                  <span className="line-num">{l.unit_price == null ? '' : formatFen(l.unit_price)}</span>
                );
              const below =
                l.unit_price != null &&
                l.floor_price > 0 &&
                netUnitPrice(l.unit_price, l.discount_bp) < l.floor_price;
              const hint =
                l.last_price != null
                  ? t('sales.lastPrice', { p: formatFen(l.last_price), d: l.last_date ?? '' })
                  : l.list_price != null
                    ? t('sales.listPrice', { p: formatFen(l.list_price) })
                    : '';
              return (
                <Tooltip title={below ? t('sales.belowFloor', { p: formatFen(l.floor_price) }) : hint}>
                  <InputNumber<number>
                    id={cellId(i, 2)}
                    value={l.unit_price == null ? null : l.unit_price / 100}
                    min={0}
                    precision={2}
                    disabled={readOnly}
                    variant="borderless"
                    status={below ? 'warning' : undefined}
                    style={{ width: '100%', ...num }}
                    onChange={(v) => update(i, { unit_price: v == null ? null : Math.round(v * 100) })}
                    data-testid={`price-${i}`}
                  />
                </Tooltip>
              );
            },
          },
          {
            title: t('sales.discount'),
            width: 64,
            render: (_v, l, i) =>
              readOnly ? (
                <span className="line-num">{l.discount_bp ? `${l.discount_bp / 100}%` : ''}</span>
              ) : (
                <InputNumber<number>
                  id={cellId(i, 3)}
                  value={l.discount_bp / 100}
                  min={0}
                  max={100}
                  precision={1}
                  disabled={readOnly}
                  variant="borderless"
                  style={{ width: '100%', ...num }}
                  onChange={(v) => update(i, { discount_bp: Math.round((v ?? 0) * 100) })}
                  data-testid={`discount-${i}`}
                />
              ),
          },
          { title: t('sales.taxRate'), width: 52, align: 'right', render: (_v, l) => `${l.tax_rate / 100}%` },
          {
            title: t('sales.lineTotal'),
            width: 100,
            align: 'right',
            render: (_v, l) => (
              <span style={num} data-testid="line-total">
                {formatFen(lineTotal(l))}
              </span>
            ),
          },
          ...(showFulfilment
            ? [
                {
                  title: t('sales.delivered'),
                  width: 56,
                  align: 'right' as const,
                  render: (_v: unknown, l: EditLine) => formatQty(l.delivered_qty ?? 0),
                },
                {
                  title: t('sales.invoiced'),
                  width: 56,
                  align: 'right' as const,
                  render: (_v: unknown, l: EditLine) => formatQty(l.invoiced_qty ?? 0),
                },
              ]
            : [
                {
                  title: t('sales.available'),
                  width: 72,
                  align: 'right' as const,
                  render: (_v: unknown, l: EditLine) =>
                    l.available == null ? (
                      ''
                    ) : (
                      <Typography.Text
                        type={l.qty != null && l.available < l.qty ? 'danger' : 'secondary'}
                        style={num}
                      >
                        {formatQty(l.available)}
                      </Typography.Text>
                    ),
                },
              ]),
          ...(readOnly
            ? []
            : [
                {
                  title: '',
                  width: 44,
                  render: (_v: unknown, _l: EditLine, i: number) =>
                    readOnly ? null : (
                      <Button
                        type="text"
                        size="small"
                        icon={<DeleteOutlined />}
                        tabIndex={-1}
                        onClick={() =>
                          onChange(lines.length > 1 ? lines.filter((_x, k) => k !== i) : [newLine()])
                        }
                        aria-label="delete line"
                      />
                    ),
                },
              ]),
        ]}
      />
      {!readOnly ? (
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          style={{ marginTop: 8 }}
          onClick={() => {
            onChange([...lines, newLine()]);
            setFocus({ row: lines.length, col: 0 });
          }}
          data-testid="add-line"
        >
          {t('sales.addLine')}
        </Button>
      ) : null}
    </div>
  );
}
