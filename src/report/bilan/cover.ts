/** The cover and the document's own properties (title, keywords that mark it as ours). */
import type { BilanContext } from './context';
import type { Cover, DocumentInfo } from './model';

/** Written in the document's keywords: `ctg bilan` may replace its own earlier output, never another file. */
export const bilanKeyword = 'ctg-bilan';
export const documentCreator = 'CTG Indicateurs';

export function cover(ctx: BilanContext, subtitle: string): Cover {
  const w = ctx.words;
  return {
    overline: w.convention,
    title: ctx.plan.title,
    subtitle,
    lines: [w.forCommittee, w.preparedOn(ctx.preparedOn), w.consolidatedOn(ctx.consolidation.now), w.planVersion(ctx.plan.version)],
  };
}

export function documentInfo(ctx: BilanContext, subtitle: string): DocumentInfo {
  return { title: `${subtitle} — ${ctx.plan.title}`, subject: ctx.words.convention, creator: documentCreator, keywords: bilanKeyword, page: ctx.words.page };
}
