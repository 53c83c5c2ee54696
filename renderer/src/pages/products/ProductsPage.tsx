import { Button, Col, Drawer, Form, Input, Row, Select, Space, Switch, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../components/Page';
import { ServerGrid, moneyColumn, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useFormKeys } from '../../components/keyboard';
import { MoneyInput } from '../../components/MoneyInput';
import type { ProductRow } from '../../../../shared/contract/products';
import { ExportButton } from '../../components/ExportButton';
import { PdfPreview } from '../../components/PdfPreview';
import { PrinterOutlined } from '@ant-design/icons';

const TAX_RATES = [1300, 900, 600, 300, 100, 0];

export function ProductsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [inactive, setInactive] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const [open, setOpen] = useState<ProductRow | 'new' | null>(null);
  const [priceList, setPriceList] = useState(false);

  const columns = useMemo<GridColDef<ProductRow>[]>(
    () => [
      { field: 'code', headerName: fl('code'), width: 130, pinned: 'left' },
      { field: 'name', headerName: fl('name'), flex: 2, minWidth: 200 },
      { field: 'spec', headerName: fl('spec'), width: 160 },
      { field: 'unit', headerName: fl('unit'), width: 80 },
      { field: 'category', headerName: fl('category'), width: 120 },
      moneyColumn<ProductRow>('list_price', fl('list_price')),
      moneyColumn<ProductRow>('floor_price', fl('floor_price')),
      {
        field: 'tax_rate',
        headerName: fl('tax_rate'),
        width: 90,
        type: 'rightAligned',
        filter: 'agNumberColumnFilter',
        valueFormatter: (p) => (p.value == null ? '' : `${Number(p.value) / 100}%`),
      },
      {
        field: 'active',
        headerName: t('common.status'),
        width: 80,
        filter: false,
        cellRenderer: (p: { value?: boolean }) =>
          p.value === false ? <Tag>{t('common.inactive')}</Tag> : null,
      },
    ],
    [t],
  );

  return (
    <Page
      title={t('products.title')}
      sub={
        total != null ? (
          <Typography.Text type="secondary">{t('common.total', { n: total })}</Typography.Text>
        ) : null
      }
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('common.searchPlaceholder')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => setSearch(v.trim())}
            style={{ width: 260 }}
          />
          <Space size={4}>
            <Switch size="small" checked={inactive} onChange={setInactive} />
            <span>{t('common.showInactive')}</span>
          </Space>
          <Button icon={<ReloadOutlined />} onClick={() => grid.current?.refresh()}>
            {t('common.refresh')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => setPriceList(true)} data-testid="price-list">
            {t('docs.priceList')}
          </Button>
          <ExportButton
            grid={grid}
            method="products.list"
            params={{ q: search || undefined, include_inactive: inactive }}
            columns={columns}
            specs={{ tax_rate: { type: 'rate' }, active: { type: 'bool' } }}
            title={t('products.title')}
          />
          {can('products.write') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen('new')}
              data-testid="product-new"
            >
              {t('products.new')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ServerGrid
        ref={grid}
        method="products.list"
        columns={columns}
        params={{ q: search || undefined, include_inactive: inactive }}
        onRowDoubleClicked={(row) => setOpen(row)}
        onTotal={setTotal}
        onError={showError}
        testId="product-grid"
      />
      {priceList ? (
        <PdfPreview
          source={{ kind: 'document', type: 'price_list', key: '*' }}
          onClose={() => setPriceList(false)}
        />
      ) : null}
      {open ? (
        <ProductDrawer
          product={open === 'new' ? null : open}
          onClose={() => setOpen(null)}
          onSaved={(p) => {
            grid.current?.refresh();
            setOpen(p);
          }}
        />
      ) : null}
    </Page>
  );
}

function ProductDrawer({
  product,
  onClose,
  onSaved,
}: {
  product: ProductRow | null;
  onClose(): void;
  onSaved(p: ProductRow): void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const readOnly = !can('products.write');

  useEffect(() => {
    form.setFieldsValue(product ?? { tax_rate: 1300, unit: '个', list_price: 0, floor_price: 0 });
  }, [form, product]);

  const save = useCallback(async () => {
    let v: Record<string, unknown>;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    const input = {
      code: v.code as string,
      name: v.name as string,
      spec: (v.spec as string) ?? null,
      unit: v.unit as string,
      category: (v.category as string) ?? null,
      list_price: (v.list_price as number) ?? 0,
      floor_price: (v.floor_price as number) ?? 0,
      cost_price: (v.cost_price as number) ?? null,
      tax_rate: (v.tax_rate as number) ?? 1300,
      notes: (v.notes as string) ?? null,
    };
    try {
      const p = product
        ? await call('products.update', { ...input, id: product.id, version: product.version })
        : await call('products.create', input);
      message.success(t('common.saved'));
      onSaved(p);
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    } finally {
      setSaving(false);
    }
  }, [form, product, message, t, onSaved, showError]);
  useFormKeys(ref, save);

  return (
    <Drawer
      open
      size={640}
      title={product ? t('products.edit', { name: product.name }) : t('products.new')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span>
            {product && !readOnly ? (
              <Button
                danger={product.active}
                onClick={() =>
                  call('products.setActive', { id: product.id, active: !product.active })
                    .then(onSaved)
                    .catch(showError)
                }
              >
                {product.active ? t('common.deactivate') : t('common.activate')}
              </Button>
            ) : null}
          </span>
          <Space>
            <Button onClick={onClose}>{t('common.close')}</Button>
            {!readOnly ? (
              <Button type="primary" loading={saving} onClick={() => void save()} data-testid="product-save">
                {t('common.saveShortcut')}
              </Button>
            ) : null}
          </Space>
        </Space>
      }
    >
      <div ref={ref}>
        <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)} disabled={readOnly}>
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item name="code" label={fl('code')} rules={[{ required: true }]}>
                <Input maxLength={40} autoFocus={!product} data-testid="p-code" />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item name="name" label={fl('name')} rules={[{ required: true }]}>
                <Input maxLength={100} data-testid="p-name" />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item name="spec" label={fl('spec')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="unit" label={fl('unit')} rules={[{ required: true }]}>
                <Input maxLength={10} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="category" label={fl('category')}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="list_price" label={fl('list_price')} rules={[{ required: true }]}>
                <MoneyInput data-testid="p-list_price" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="floor_price" label={fl('floor_price')}>
                <MoneyInput />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="cost_price" label={fl('cost_price')}>
                <MoneyInput />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="tax_rate" label={fl('tax_rate')}>
                <Select options={TAX_RATES.map((r) => ({ value: r, label: `${r / 100}%` }))} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="notes" label={fl('notes')}>
                <Input.TextArea rows={3} maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </div>
    </Drawer>
  );
}
