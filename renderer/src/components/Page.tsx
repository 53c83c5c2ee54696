import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page: title and toolbar on top, the content (usually a grid) filling the rest of the window. */
export function Page({
  title,
  extra,
  children,
  sub,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  sub?: ReactNode;
}) {
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {sub ? <div className="page-sub">{sub}</div> : null}
        </div>
        <div className="page-extra">{extra}</div>
      </div>
      <div className="page-body">{children}</div>
    </div>
  );
}
