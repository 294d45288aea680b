import { Card } from 'antd';
import type { ReactNode } from 'react';

/** One titled card of the standard form. */
export function StandardFormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={<h2 className="standard-form-section">{title}</h2>} className="standard-form-card">
      {children}
    </Card>
  );
}
