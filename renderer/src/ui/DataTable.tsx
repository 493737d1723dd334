/**
 * The list view used by every data screen: TanStack Table's headless logic (sorting, global and
 * column filters, column visibility, grouping with expandable groups, footers for totals) composed
 * with our own markup, and rows virtualised with TanStack Virtual so 50,000 bookings scroll freely.
 */
import {
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type ExpandedState,
  type GroupingState,
  type Row,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '@renderer/i18n/index.tsx';
import { compareText } from './sort.ts';

export interface ColumnFilterOption {
  columnId: string;
  label: string;
  options: { value: string; label: string }[];
}

/** Each value of a text column once, as the options of its filter. */
export function filterOptions(values: readonly string[]): ColumnFilterOption['options'] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b)).map((value) => ({ value, label: value }));
}

export interface DataTableProps<T> {
  /** Accessible name of the table, e.g. "Bookings". */
  label: string;
  data: T[];
  // TanStack's column value types vary per column, hence `any` here only.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  getRowId: (row: T) => string;
  initialSorting?: SortingState;
  initialVisibility?: VisibilityState;
  /** Columns the user may group by. */
  groupable?: { columnId: string; label: string }[];
  initialGrouping?: GroupingState;
  /** Select filters shown in the toolbar; they match a column's value exactly. */
  filters?: ColumnFilterOption[];
  /** Called on double click or Enter on a row. */
  onOpen?: (row: T) => void;
  /** Extra controls at the right of the toolbar (e.g. a "New" button). */
  actions?: ReactNode;
  /** Shown instead of the table when `data` is empty. */
  empty?: ReactNode;
  /** Optional row selection: a checkbox at the start of each row, and one in the header for all rows shown. */
  selection?: RowSelection<T>;
}

export interface RowSelection<T> {
  /** The ids (`getRowId`) of the rows selected; ids of rows not in `data` are ignored. */
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  /** Accessible name of a row's checkbox, e.g. "Select Printemps 2026". */
  rowLabel: (row: T) => string;
  /** Accessible name of the header checkbox, e.g. "Select all campaigns shown". */
  allLabel: string;
}

/**
 * The checkboxes of `selection`. They sit at the start of the first visible column (not in a
 * column of their own), so the table keeps its columns and a row still reads as its data.
 */
const BOX_STYLE = { margin: '0 10px 0 0', verticalAlign: 'middle' } as const;

function SelectAllBox<T>({
  selection,
  table,
}: {
  selection: RowSelection<T>;
  table: ReturnType<typeof useReactTable<T>>;
}) {
  // Every row the filters show (group rows stand for their lines, which are in the list too).
  const shown = table.getFilteredRowModel().flatRows.filter((row) => !row.getIsGrouped());
  const count = shown.filter((row) => selection.selected.has(row.id)).length;
  return (
    <input
      type="checkbox"
      className="data-table__select"
      style={BOX_STYLE}
      aria-label={selection.allLabel}
      checked={shown.length > 0 && count === shown.length}
      ref={(input) => {
        if (input) input.indeterminate = count > 0 && count < shown.length;
      }}
      onChange={(e) => {
        const next = new Set(selection.selected);
        for (const row of shown) {
          if (e.target.checked) next.add(row.id);
          else next.delete(row.id);
        }
        selection.onChange(next);
      }}
    />
  );
}

function SelectRowBox<T>({ selection, row }: { selection: RowSelection<T>; row: Row<T> }) {
  return (
    <input
      type="checkbox"
      className="data-table__select"
      style={BOX_STYLE}
      aria-label={selection.rowLabel(row.original)}
      checked={selection.selected.has(row.id)}
      // A double click on the box must not also open the row.
      onDoubleClick={(e) => e.stopPropagation()}
      onChange={(e) => {
        const next = new Set(selection.selected);
        if (e.target.checked) next.add(row.id);
        else next.delete(row.id);
        selection.onChange(next);
      }}
    />
  );
}

const ROW_HEIGHT = 38;

/** The default of every column, so a text column needs no sorting function of its own. */
function localeSort<T>(a: Row<T>, b: Row<T>, columnId: string): number {
  const x: unknown = a.getValue(columnId);
  const y: unknown = b.getValue(columnId);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return compareText(sortText(x), sortText(y));
}

function sortText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function DataTable<T>(props: DataTableProps<T>) {
  const { t, tc } = useI18n();
  const [sorting, setSorting] = useState<SortingState>(props.initialSorting ?? []);
  const [globalFilter, setGlobalFilter] = useState('');
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(props.initialVisibility ?? {});
  const [grouping, setGrouping] = useState<GroupingState>(props.initialGrouping ?? []);
  const [expanded, setExpanded] = useState<ExpandedState>(true);

  const { selection } = props;

  // TanStack Table memoises its row models itself; the React Compiler just skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: props.data,
    columns: props.columns,
    getRowId: props.getRowId,
    state: { sorting, globalFilter, columnFilters, columnVisibility, grouping, expanded },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onColumnFiltersChange: setColumnFilters,
    onColumnVisibilityChange: setColumnVisibility,
    onGroupingChange: setGrouping,
    onExpandedChange: setExpanded,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    globalFilterFn: 'includesString',
    defaultColumn: { sortingFn: localeSort },
    autoResetExpanded: false,
  });

  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const visibleColumnCount = table.getVisibleLeafColumns().length;
  const filteredCount = table.getFilteredRowModel().rows.length;

  if (props.data.length === 0 && props.empty) return <>{props.empty}</>;

  return (
    <section className="data-table" aria-label={props.label}>
      <div className="data-table__toolbar" role="toolbar" aria-label={props.label}>
        <input
          type="search"
          className="input data-table__search"
          aria-label={t('table.search')}
          placeholder={t('table.searchPlaceholder')}
          value={globalFilter}
          onChange={(e) => setGlobalFilter(e.target.value)}
        />
        {props.filters?.map((filter) => (
          <label key={filter.columnId} className="data-table__filter">
            <span aria-hidden="true">{filter.label}</span>
            <select
              aria-label={filter.label}
              className="input"
              value={(table.getColumn(filter.columnId)?.getFilterValue() as string | undefined) ?? ''}
              onChange={(e) => table.getColumn(filter.columnId)?.setFilterValue(e.target.value || undefined)}
            >
              <option value="">{t('common.all')}</option>
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        {props.groupable && props.groupable.length > 0 && (
          <label className="data-table__filter">
            <span aria-hidden="true">{t('table.groupBy')}</span>
            <select
              aria-label={t('table.groupBy')}
              className="input"
              value={grouping[0] ?? ''}
              onChange={(e) => setGrouping(e.target.value ? [e.target.value] : [])}
            >
              <option value="">{t('table.groupNone')}</option>
              {props.groupable.map((g) => (
                <option key={g.columnId} value={g.columnId}>
                  {g.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <details className="data-table__columns">
          <summary className="button button--ghost">{t('table.columns')}</summary>
          <div className="popover" role="group" aria-label={t('table.columns')}>
            {table
              .getAllLeafColumns()
              .filter((column) => column.getCanHide())
              .map((column) => (
                <label key={column.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={column.getIsVisible()}
                    onChange={column.getToggleVisibilityHandler()}
                  />
                  {typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id}
                </label>
              ))}
          </div>
        </details>
        <span className="data-table__count" aria-live="polite">
          {tc('table.rows', filteredCount)}
        </span>
        <div className="data-table__actions">{props.actions}</div>
      </div>
      <div className="data-table__scroll" ref={scrollRef}>
        <table aria-rowcount={rows.length + 1}>
          <thead>
            {table.getHeaderGroups().map((headerGroup) => (
              <tr key={headerGroup.id}>
                {headerGroup.headers.map((header, index) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                      }
                      className={header.column.columnDef.meta?.numeric ? 'numeric' : undefined}
                    >
                      {selection && index === 0 && <SelectAllBox selection={selection} table={table} />}
                      {header.isPlaceholder ? null : header.column.getCanSort() ? (
                        <button
                          type="button"
                          className="th-sort"
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden="true">
                            {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                          </span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={visibleColumnCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index];
              return row ? (
                <TableRow
                  key={row.id}
                  row={row}
                  index={item.index}
                  onOpen={props.onOpen}
                  selection={selection}
                />
              ) : null;
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={visibleColumnCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
              </tr>
            )}
            {rows.length === 0 && (
              <tr>
                <td colSpan={visibleColumnCount} className="data-table__no-match">
                  {t('table.noMatch')}
                </td>
              </tr>
            )}
          </tbody>
          {table.getFooterGroups().some((g) => g.headers.some((h) => h.column.columnDef.footer)) && (
            <tfoot>
              {table.getFooterGroups().map((footerGroup) => (
                <tr key={footerGroup.id}>
                  {footerGroup.headers.map((header) => (
                    <td
                      key={header.id}
                      className={header.column.columnDef.meta?.numeric ? 'numeric' : undefined}
                    >
                      {header.isPlaceholder
                        ? null
                        : flexRender(header.column.columnDef.footer, header.getContext())}
                    </td>
                  ))}
                </tr>
              ))}
            </tfoot>
          )}
        </table>
      </div>
    </section>
  );
}

function TableRow<T>({
  row,
  index,
  onOpen,
  selection,
}: {
  row: Row<T>;
  index: number;
  onOpen?: (row: T) => void;
  selection?: RowSelection<T>;
}) {
  if (row.getIsGrouped()) {
    return (
      <tr className="data-table__group" aria-rowindex={index + 2} aria-expanded={row.getIsExpanded()}>
        {row.getVisibleCells().map((cell) => (
          <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'numeric' : undefined}>
            {cell.getIsGrouped() ? (
              <button type="button" className="group-toggle" onClick={row.getToggleExpandedHandler()}>
                <span aria-hidden="true">{row.getIsExpanded() ? '▾ ' : '▸ '}</span>
                {flexRender(cell.column.columnDef.cell, cell.getContext())} ({row.subRows.length})
              </button>
            ) : cell.getIsAggregated() ? (
              flexRender(
                cell.column.columnDef.aggregatedCell ?? cell.column.columnDef.cell,
                cell.getContext(),
              )
            ) : null}
          </td>
        ))}
      </tr>
    );
  }
  const open = onOpen ? () => onOpen(row.original) : undefined;
  const selected = selection ? selection.selected.has(row.id) : undefined;
  return (
    <tr
      aria-rowindex={index + 2}
      data-row-id={row.id}
      tabIndex={open ? 0 : undefined}
      className={
        [open && 'data-table__row--openable', selected && 'data-table__row--selected']
          .filter(Boolean)
          .join(' ') || undefined
      }
      onDoubleClick={open}
      onKeyDown={
        open
          ? (e) => {
              // preventDefault: the same Enter must not also press a button in the dialog it opens.
              if (e.key === 'Enter' && e.target === e.currentTarget) {
                e.preventDefault();
                open();
              }
            }
          : undefined
      }
    >
      {row.getVisibleCells().map((cell, cellIndex) => (
        <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'numeric' : undefined}>
          {selection && cellIndex === 0 && <SelectRowBox selection={selection} row={row} />}
          {cell.getIsPlaceholder() ? null : flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
}
