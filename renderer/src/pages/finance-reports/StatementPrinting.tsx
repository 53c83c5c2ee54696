import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { PdfPreview } from '../../components/PdfPreview';
import { useFeedback } from '../../components/feedback';
import { useSession } from '../../session';
import { StatementsPage } from './StatementsPage';

/**
 * The statements screen with printing: 打印 on the preview prints the customer's generated statement of
 * that period (the latest one); when there is none yet, someone who may generate statements gets it
 * generated first, others are told to have it generated. A statement prints as it was generated.
 */
export function PrintableStatementsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const [key, setKey] = useState<string | null>(null);

  const onPrint = useCallback(
    (customerId: number, from: string, to: string) => {
      void (async () => {
        try {
          const r = await call('statements.list', {
            customer_id: customerId,
            filters: [{ field: 'period_to', op: 'equals', value: to }],
            sort: [{ field: 'generated_at', dir: 'desc' }],
            limit: 50,
            with_total: false,
          });
          let id = r.rows.find((s) => s.period_from === from)?.id ?? null;
          if (id == null) {
            if (!can('statements.write')) {
              message.warning(t('docs.print.statementNotGenerated'));
              return;
            }
            const g = await call('statements.generate', { from, to, customer_ids: [customerId] });
            id = g.generated[0]?.id ?? null;
          }
          if (id != null) setKey(String(id));
        } catch (e) {
          showError(e);
        }
      })();
    },
    [can, message, showError, t],
  );

  return (
    <>
      <StatementsPage onPrint={onPrint} />
      {key ? (
        <PdfPreview source={{ kind: 'document', type: 'statement', key }} onClose={() => setKey(null)} />
      ) : null}
    </>
  );
}
