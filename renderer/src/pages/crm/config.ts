import { useEffect, useState } from 'react';
import { call } from '../../api';
import { bi } from '../../i18n';
import { DEFAULT_CRM_CONFIG, type CrmConfig } from '../../../../shared/contract/crm';

let cached: CrmConfig | null = null;
let pending: Promise<CrmConfig> | null = null;
const listeners = new Set<(c: CrmConfig) => void>();

function fetchConfig(): Promise<CrmConfig> {
  pending ??= call('crm.config', {})
    .then((c) => {
      cached = c;
      for (const l of listeners) l(c);
      return c;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}

/** The CRM configuration (stages, time limits), fetched once per window and refreshed after saving it. */
export function useCrmConfig(): CrmConfig {
  const [cfg, setCfg] = useState<CrmConfig>(cached ?? DEFAULT_CRM_CONFIG);
  useEffect(() => {
    listeners.add(setCfg);
    if (!cached) void fetchConfig().catch(() => undefined);
    return () => {
      listeners.delete(setCfg);
    };
  }, []);
  return cfg;
}

export function configSaved(c: CrmConfig): void {
  cached = c;
  for (const l of listeners) l(c);
}

/** The label of a stage key (configured stages, 中标, 输单). */
export function stageName(cfg: CrmConfig, key: string): string {
  if (key === 'won') return bi({ zh: '中标', en: 'Won' });
  if (key === 'lost') return bi({ zh: '输单', en: 'Lost' });
  const s = cfg.stages.find((x) => x.key === key);
  return s ? bi(s) : key;
}
