import { InputNumber, type InputNumberProps } from 'antd';

/**
 * Money entry: the user types yuan with at most two decimals; the form value is integer fen.
 */
export function MoneyInput({
  value,
  onChange,
  ...rest
}: Omit<InputNumberProps<number>, 'value' | 'onChange'> & {
  value?: number | null;
  onChange?: (fen: number | null) => void;
}) {
  return (
    <InputNumber<number>
      value={value == null ? null : value / 100}
      onChange={(v) => onChange?.(v == null ? null : Math.round(Number(v) * 100))}
      precision={2}
      step={100}
      min={0}
      style={{ width: '100%' }}
      formatter={(v, info) => {
        if (v == null || `${v}` === '') return '';
        // while typing, keep what the user typed; otherwise show yuan with two decimals
        if (info.userTyping) return info.input;
        const [int, frac] = Number(v).toFixed(2).split('.');
        return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac != null ? `.${frac}` : ''}`;
      }}
      parser={(v) => Number((v ?? '').replace(/[,，\s¥￥]/g, '')) as number}
      prefix="¥"
      {...rest}
    />
  );
}
