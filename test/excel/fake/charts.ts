/** Charts (line charts only): collection, chart, series, data labels, title, legend, value axis. */
import { parseRect, rectColumns, rectRows, type Rect } from './addresses';
import type { FakeContext } from './context';
import { fail, unsupported } from './errors';
import { guardProtection } from './guards';
import { FakeObject, strict } from './objects';
import type { FakeRange } from './range';
import type { ChartSeriesState, ChartState, SheetState } from './state';

/** The rectangle of a range proxy on this sheet, at sync time. */
function rectOf(range: FakeRange, sheet: SheetState): Rect {
  const target = range.resolveTarget();
  if (target.sheet !== sheet) unsupported('un graphique dont les données sont sur une autre feuille');
  return target.rect;
}

class ChartPart extends FakeObject {
  readonly kind: string;
  constructor(ctx: FakeContext, path: string, kind: string) {
    super(ctx, path);
    this.kind = kind;
  }
  put(name: string, value: unknown, apply: () => void, version = '1.1'): void {
    this.write(name, value, apply, version);
  }
  take<T>(name: string): T {
    return this.read<T>(name);
  }
}

export class FakeChartSeries extends FakeObject {
  readonly kind = 'ChartSeries';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetState,
    private readonly series: () => ChartSeriesState,
  ) {
    super(ctx, path);
  }
  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.write('name', name, () => void (this.series().name = name), '1.1');
  }
  get hasDataLabels(): boolean {
    return this.read('hasDataLabels');
  }
  set hasDataLabels(value: boolean) {
    this.write('hasDataLabels', value, () => void (this.series().hasDataLabels = value), '1.7');
  }
  get dataLabels() {
    return this.child('dataLabels', () => {
      const series = this.series;
      const part = strict(new ChartPart(this.ctx, `${this.path}.dataLabels`, 'ChartDataLabels'));
      return {
        set numberFormat(v: string) {
          part.put('numberFormat', v, () => void (series().labels.numberFormat = v), '1.8');
        },
        get numberFormat(): string {
          return part.take('numberFormat');
        },
        set position(v: Excel.ChartDataLabels['position']) {
          part.put('position', v, () => void (series().labels.position = v), '1.1');
        },
        get position(): Excel.ChartDataLabels['position'] {
          return part.take('position');
        },
        set showValue(v: boolean) {
          part.put('showValue', v, () => void (series().labels.showValue = v), '1.1');
        },
        get showValue(): boolean {
          return part.take('showValue');
        },
      };
    });
  }
  setValues(source: FakeRange): void {
    this.call('setValues', [source.path], () => {
      const rect = rectOf(source, this.sheet());
      if (rectRows(rect) !== 1 && rectColumns(rect) !== 1) unsupported('une série sur plusieurs lignes et colonnes');
      this.series().values = rect;
    }, '1.7');
  }
  setXAxisValues(source: FakeRange): void {
    this.call('setXAxisValues', [source.path], () => void (this.series().categories = rectOf(source, this.sheet())), '1.7');
  }
}

export class FakeChart extends FakeObject {
  readonly kind = 'Chart';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetState,
    private readonly find: () => ChartState | undefined,
  ) {
    super(ctx, path);
  }
  private chart(): ChartState {
    return this.find() ?? fail('ItemNotFound', 'Le graphique n’existe pas.', this.path);
  }
  protected override snapshot(property: string): unknown {
    if (property === 'name') return this.chart().name;
    return super.snapshot(property);
  }
  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.write('name', name, () => void (this.chart().name = name), '1.1');
  }
  get title() {
    return this.child('title', () => {
      const chart = () => this.chart();
      const part = strict(new ChartPart(this.ctx, `${this.path}.title`, 'ChartTitle'));
      return {
        set text(v: string) {
          part.put('text', v, () => void (chart().title = v));
        },
        get text(): string {
          return part.take('text');
        },
      };
    });
  }
  get legend() {
    return this.child('legend', () => {
      const chart = () => this.chart();
      const part = strict(new ChartPart(this.ctx, `${this.path}.legend`, 'ChartLegend'));
      return {
        set visible(v: boolean) {
          part.put('visible', v, () => void (chart().legend.visible = v));
        },
        get visible(): boolean {
          return part.take('visible');
        },
        set position(v: Excel.ChartLegend['position']) {
          part.put('position', v, () => void (chart().legend.position = v));
        },
        get position(): Excel.ChartLegend['position'] {
          return part.take('position');
        },
      };
    });
  }
  get axes() {
    return this.child('axes', () => {
      const chart = () => this.chart();
      const part = strict(new ChartPart(this.ctx, `${this.path}.axes.valueAxis`, 'ChartAxis'));
      return {
        valueAxis: {
          set numberFormat(v: string) {
            part.put('numberFormat', v, () => void (chart().valueAxisFormat = v), '1.8');
          },
          get numberFormat(): string {
            return part.take('numberFormat');
          },
        },
      };
    });
  }
  get series() {
    return this.child('series', () => {
      const chart = () => this.chart();
      const ctx = this.ctx;
      const sheet = this.sheet;
      const path = `${this.path}.series`;
      const proxy = (p: string, find: () => ChartSeriesState | undefined) => strict(new FakeChartSeries(ctx, p, sheet, () => find() ?? fail('ItemNotFound', 'Série absente.', p)));
      const collection = strict(
        new (class extends FakeObject {
          readonly kind = 'ChartSeriesCollection';
          getItemAt(index: number) {
            return proxy(`${path}.getItemAt(${index})`, () => chart().series[index]);
          }
          add(name?: string) {
            let created: ChartSeriesState | undefined;
            this.call('add', [name ?? null], () => {
              created = { name: name ?? `Série${chart().series.length + 1}`, values: { top: 0, left: 0, bottom: 0, right: 0 }, hasDataLabels: false, labels: {} };
              chart().series.push(created);
            }, '1.7');
            return proxy(`${path}.add(${JSON.stringify(name ?? '')})`, () => created);
          }
        })(ctx, path),
      );
      return collection;
    });
  }
  setPosition(startCell: string, endCell?: string): void {
    this.call('setPosition', [startCell, endCell ?? null], () => {
      parseRect(startCell);
      if (endCell !== undefined) parseRect(endCell);
      this.chart().position = { from: startCell, to: endCell ?? startCell };
    });
  }
  delete(): void {
    this.call('delete', [], () => {
      const chart = this.chart();
      const sheet = this.sheet();
      guardProtection(this.ctx.state, sheet, 'structure');
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

export class FakeCharts extends FakeObject {
  readonly kind = 'ChartCollection';
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, path);
  }
  private proxy(path: string, find: () => ChartState | undefined): FakeChart {
    return strict(new FakeChart(this.ctx, path, this.sheet, find));
  }
  protected override navigate(property: string): FakeObject | FakeObject[] {
    if (property !== 'items') return super.navigate(property);
    return this.sheet().charts.map((chart) => this.proxy(`${this.path}.items["${chart.id}"]`, () => this.sheet().charts.find((c) => c === chart)));
  }
  get items(): FakeChart[] {
    return this.read('items');
  }
  add(type: 'Line', sourceData: FakeRange, seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto'): FakeChart {
    if (type !== 'Line') unsupported(`les graphiques de type ${type}`);
    let created: ChartState | undefined;
    this.call('add', [type, sourceData.path, seriesBy], () => {
      const sheet = this.sheet();
      guardProtection(this.ctx.state, sheet, 'structure');
      const rect = rectOf(sourceData, sheet);
      const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && rectColumns(rect) >= rectRows(rect));
      if ((byRows ? rectRows(rect) : rectColumns(rect)) !== 1) unsupported('un graphique créé avec plusieurs séries');
      created = { id: String(this.ctx.state.nextId++), name: `Graphique ${sheet.charts.length + 1}`, type: 'Line', title: '', legend: { visible: true }, series: [{ name: 'Série1', values: rect, hasDataLabels: false, labels: {} }] };
      sheet.charts.push(created);
    });
    return this.proxy(`${this.path}.add("Line")`, () => created);
  }
  getItem(name: string): FakeChart {
    return this.proxy(`${this.path}.getItem(${JSON.stringify(name)})`, () => this.sheet().charts.find((c) => c.name === name));
  }
}

