import { Button, DatePicker, Modal, Radio, Space, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintButton } from '../../components/PrintButton';
import { useSession } from '../../session';
import { registerCustomerSection } from '../crm/Customer360Page';
import { iso } from './common';

type Level = 1 | 2 | 3;

/**
 * 余额确认书 and 催款函 of one customer as of a date: the printed letters' keys are
 * `<customer id>:<date>` and `<customer id>:<date>:<level>` (see services/finance/print.ts).
 */
export function CustomerLetters({ customerId, asOf }: { customerId: number; asOf?: Dayjs }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [date, setDate] = useState<Dayjs>(() => (asOf && !asOf.isAfter(dayjs(), 'day') ? asOf : dayjs()));
  const [level, setLevel] = useState<Level>(1);
  const d = iso(date);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="customer-letters">
      <Space wrap>
        <span>{t('docs.print.asOf')}</span>
        <DatePicker
          value={date}
          allowClear={false}
          disabledDate={(x) => x.isAfter(dayjs(), 'day')}
          onChange={(v) => v && setDate(v)}
          data-testid="letters-date"
        />
        {can('statements.read') ? (
          <PrintButton
            type="balance_confirmation"
            docKey={`${customerId}:${d}`}
            label={t('docs.print.balance')}
            testId="print-balance"
          />
        ) : null}
      </Space>
      {can('reports.finance') ? (
        <Space wrap>
          <span>{t('docs.print.level')}</span>
          <Radio.Group
            size="small"
            optionType="button"
            value={level}
            onChange={(e) => setLevel(e.target.value as Level)}
            options={([1, 2, 3] as const).map((l) => ({ value: l, label: t(`docs.print.levels.${l}`) }))}
            data-testid="letters-level"
          />
          <PrintButton
            type="dunning_letter"
            docKey={`${customerId}:${d}:${level}`}
            label={t('docs.print.dunning')}
            testId="print-dunning"
          />
        </Space>
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('docs.print.lettersHint')}
      </Typography.Text>
    </Space>
  );
}

/** A row action (overdue list): the letters of the row's customer in a dialog. */
export function LettersButton({
  customerId,
  customerName,
  asOf,
}: {
  customerId: number;
  customerName: string;
  asOf?: Dayjs;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        type="link"
        icon={<FileTextOutlined />}
        onClick={() => setOpen(true)}
        data-testid="letters-open"
      >
        {t('docs.print.letters')}
      </Button>
      {open ? (
        <Modal
          open
          title={t('docs.print.lettersTitle', { name: customerName })}
          footer={null}
          onCancel={() => setOpen(false)}
          width={620}
        >
          <CustomerLetters customerId={customerId} asOf={asOf} />
        </Modal>
      ) : null}
    </>
  );
}

registerCustomerSection({
  key: 'letters',
  order: 55,
  span: 12,
  title: (t) => t('docs.print.letters'),
  permission: 'statements.read',
  render: (c) => <CustomerLetters customerId={c.customer.id} />,
});
