/**
 * A titled section of a view: a `<section>` named by its heading (assistive technologies list the
 * view's parts by these names), `h2` for a step's view, `h3` for a part of it, with an optional
 * introduction under the title.
 */
import { Body1, Subtitle2, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';

type ViewSectionProps = { title: string; level?: 'h2' | 'h3'; intro?: string; className?: string; children?: ReactNode };

export function ViewSection({ title, level = 'h2', intro, className, children }: ViewSectionProps) {
  const titleId = useId('view-section-');
  return (
    <section className={className} aria-labelledby={titleId}>
      <Subtitle2 as={level} id={titleId}>
        {title}
      </Subtitle2>
      {intro !== undefined && <Body1>{intro}</Body1>}
      {children}
    </section>
  );
}
