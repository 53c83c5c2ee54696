import { Select, type SelectProps } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../api';
import type { MethodName, OptionItem } from '../../../shared/contract';

/** Every contract method named `<domain>.options` (input: optionsQuery, output: options). */
type OptionsMethod = Extract<MethodName, `${string}.options`>;

interface Props extends Omit<
  SelectProps<number | number[]>,
  'options' | 'onSearch' | 'filterOption' | 'loading'
> {
  method: OptionsMethod;
  /** Extra input for the options method (e.g. a customer id that narrows the choices). */
  params?: Record<string, unknown>;
}

/**
 * A select that searches on the server (name, code, pinyin initials) and shows the labels of the ids
 * it was given. Never loads a whole table.
 */
export function RemoteSelect({ method, value, params, ...rest }: Props) {
  // Choices found for the current extra parameters (other parameters, other choices).
  const paramsKey = JSON.stringify(params ?? {});
  const [found, setFound] = useState<{ key: string; items: OptionItem[] }>({ key: paramsKey, items: [] });
  const options = useMemo(() => (found.key === paramsKey ? found.items : []), [found, paramsKey]);
  const [known, setKnown] = useState<Map<number, OptionItem>>(new Map());
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);

  const search = (q: string) => {
    const n = ++seq.current;
    setLoading(true);
    call(method, { ...params, q: q || undefined, limit: 30 } as never)
      .then((r) => {
        if (n === seq.current) setFound({ key: paramsKey, items: r });
      })
      .catch(() => undefined)
      .finally(() => n === seq.current && setLoading(false));
  };

  // Labels for the current value(s).
  const ids = useMemo(() => (value == null ? [] : Array.isArray(value) ? value : [value]), [value]);
  const missing = ids.filter((id) => !known.has(id));
  const missingKey = missing.join(',');
  useEffect(() => {
    if (!missingKey) return;
    call(method, { ids: missingKey.split(',').map(Number), limit: 200 } as never)
      .then((r) => setKnown((k) => new Map([...k, ...r.map((o) => [o.id, o] as const)])))
      .catch(() => undefined);
  }, [method, missingKey]);

  const merged = useMemo(() => {
    const m = new Map<number, OptionItem>();
    for (const id of ids) {
      const o = known.get(id);
      if (o) m.set(id, o);
    }
    for (const o of options) m.set(o.id, o);
    return [...m.values()].map((o) => ({
      value: o.id,
      label: o.label,
      title: o.sub ? `${o.label}（${o.sub}）` : o.label,
    }));
  }, [ids, known, options]);

  return (
    <Select
      showSearch={{ filterOption: false, onSearch: search }}
      allowClear
      value={value as never}
      options={merged}
      loading={loading}
      onOpenChange={(open) => open && options.length === 0 && search('')}
      optionRender={(o) => {
        const item = options.find((x) => x.id === o.value) ?? known.get(o.value as number);
        return (
          <span>
            {o.label}
            {item?.sub ? (
              <span style={{ color: '#999', marginLeft: 8, fontSize: 12 }}>{item.sub}</span>
            ) : null}
          </span>
        );
      }}
      {...rest}
    />
  );
}
