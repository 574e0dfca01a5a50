/**
 * « Retours »: drop or choose the returned workbooks; each is read and checked by the effects,
 * shown as a card (respondent, template version, status, counts, or why it was refused), then
 * imported into the session's list — a file of the same name replacing the earlier one.
 */
import { Body1, Body1Strong, Button, Caption1, Card, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { renderFinding } from '../../i18n/findings';
import { importViewWords } from '../../i18n/pane/importView';
import type { ImportedReturn } from '../effects/types';
import { TaskStatus } from '../task/TaskStatus';
import type { ImportViewProps } from './viewProps';
import { countByStatus, importableReturns, importCard, replacedNames, returnStatuses } from './importMerge';
import { useImportState } from './importState';
import { ReturnStatusBadge } from './importStatusBadge';
import { ViewSection } from './ViewSection';

export const acceptedKinds = '.xlsx,.xlsm,.xls,.ods';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalXS,
    minHeight: '96px',
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover, border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  disabled: { cursor: 'default', color: tokens.colorNeutralForegroundDisabled, backgroundColor: tokens.colorNeutralBackgroundDisabled },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  wrap: { overflowWrap: 'anywhere', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  row: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalXXS },
});

export function ImportView(props: ImportViewProps) {
  const { effects, returns } = props;
  const w = importViewWords[effects.lang];
  const styles = useStyles();
  const state = useImportState(props, w.reading);
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const inputId = useId('import-files');
  const hintId = useId('import-hint');

  const choose = () => {
    if (!state.busy) inputRef.current?.click();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose();
    }
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = state.busy ? 'none' : 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (state.busy) return;
    // Every dropped file goes to the effects, whatever its kind: a refused one comes back with its reason.
    state.pick(Array.from(event.dataTransfer?.files ?? []));
  };

  return (
    <ViewSection className={styles.root} title={w.title} intro={w.intro}>

      <div
        role="button"
        tabIndex={0}
        aria-disabled={state.busy || undefined}
        aria-describedby={hintId}
        className={mergeClasses(styles.drop, dragging && styles.dragging, state.busy && styles.disabled)}
        onClick={choose}
        onKeyDown={onKeyDown}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Body1Strong>{w.dropZone}</Body1Strong>
      </div>
      <Caption1 id={hintId}>{w.dropHint}</Caption1>
      <label htmlFor={inputId} className={styles.hidden}>
        {w.fileInput}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        multiple
        accept={acceptedKinds}
        tabIndex={-1}
        className={styles.hidden}
        disabled={state.busy}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared so that choosing the same file again (corrected in between) reads it again.
          event.currentTarget.value = '';
          state.pick(files);
        }}
      />

      <TaskStatus task={state.task} />

      {state.preview !== null && (
        <Preview preview={state.preview} returns={returns} lang={effects.lang} onConfirm={state.confirm} onDiscard={state.discard} />
      )}

      <Imported returns={returns} lang={effects.lang} onClear={state.clear} />
    </ViewSection>
  );
}

type Words = (typeof importViewWords)[keyof typeof importViewWords];

function Preview({
  preview,
  returns,
  lang,
  onConfirm,
  onDiscard,
}: {
  preview: readonly ImportedReturn[];
  returns: readonly ImportedReturn[];
  lang: ImportViewProps['effects']['lang'];
  onConfirm: () => void;
  onDiscard: () => void;
}) {
  const w: Words = importViewWords[lang];
  const styles = useStyles();
  const importable = importableReturns(preview);
  const refused = preview.length - importable.length;
  const replaced = replacedNames(returns, importable);
  return (
    <ViewSection className={styles.root} level="h3" title={w.previewTitle}>
      {preview.length === 0 ? (
        <Body1>{w.previewEmpty}</Body1>
      ) : (
        <ul className={styles.list} aria-label={w.previewList}>
          {preview.map((imported, i) => {
            const card = importCard(imported);
            return (
              <li key={`${card.fileName}-${i}`}>
                <Card appearance="outline" className={styles.card}>
                  <div className={styles.head}>
                    <Body1Strong className={styles.wrap}>{card.fileName}</Body1Strong>
                    <ReturnStatusBadge status={card.status} label={w.status[card.status]} />
                  </div>
                  {card.campaign !== null ? (
                    <Caption1 className={styles.wrap}>{w.campaign(card.campaign.writtenAt, card.campaign.files)}</Caption1>
                  ) : (
                    <Caption1 className={styles.wrap}>
                      {`${w.respondent} : ${card.respondent !== null ? `${card.respondent.name} (${card.respondent.code})` : w.unrecognised}`}
                    </Caption1>
                  )}
                  {card.version !== null && <Caption1>{`${w.version} : ${card.version}`}</Caption1>}
                  {card.refusal !== null ? (
                    <Caption1 className={styles.wrap}>{`${w.refusedBecause} : ${renderFinding(card.refusal, lang)}`}</Caption1>
                  ) : (
                    <Caption1>{w.counts(card.counts.error, card.counts.warning)}</Caption1>
                  )}
                  {replaced.has(card.fileName) && <Caption1>{w.replaces}</Caption1>}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      {refused > 0 && <Caption1 className={styles.wrap}>{w.refusedNotImported(refused)}</Caption1>}
      <div className={styles.actions}>
        {importable.length > 0 && (
          <Button appearance="primary" onClick={onConfirm}>
            {w.importThese(importable.length)}
          </Button>
        )}
        <Button onClick={onDiscard}>{importable.length > 0 ? w.cancel : w.close}</Button>
      </div>
    </ViewSection>
  );
}

function Imported({ returns, lang, onClear }: { returns: readonly ImportedReturn[]; lang: ImportViewProps['effects']['lang']; onClear: () => void }) {
  const w: Words = importViewWords[lang];
  const styles = useStyles();
  // Clearing throws away work (every file would have to be picked again): asked twice.
  const [confirming, setConfirming] = useState(false);
  const counts = countByStatus(returns);
  const said = returnStatuses.filter((s) => counts[s] > 0).map((s) => w.statusCount[s](counts[s]));
  return (
    <ViewSection className={styles.root} level="h3" title={w.importedTitle}>
      {returns.length === 0 ? (
        <Body1>{w.importedNone}</Body1>
      ) : (
        <>
          <Body1>{`${w.importedCount(returns.length)} : ${said.join(', ')}.`}</Body1>
          <ul className={styles.list} aria-label={w.importedList}>
            {returns.map((r, i) => (
              <li key={`${r.fileName}-${i}`} className={styles.row}>
                <Caption1 className={styles.wrap}>
                  {r.fileName}
                  {r.result.respondent !== null ? ` — ${r.result.respondent.name}` : ''}
                  {r.campaign !== undefined ? ` — ${w.campaign(r.campaign.writtenAt, r.campaign.taken.length)}` : ''}
                </Caption1>
                <ReturnStatusBadge status={r.result.status} label={w.status[r.result.status]} />
              </li>
            ))}
          </ul>
          {confirming ? (
            <div className={styles.actions} role="group" aria-label={w.clear}>
              <Body1>{w.clearConfirm(returns.length)}</Body1>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  onClear();
                }}
              >
                {w.clearYes}
              </Button>
              <Button onClick={() => setConfirming(false)}>{w.clearNo}</Button>
            </div>
          ) : (
            <div className={styles.actions}>
              <Button onClick={() => setConfirming(true)}>{w.clear}</Button>
            </div>
          )}
        </>
      )}
    </ViewSection>
  );
}
