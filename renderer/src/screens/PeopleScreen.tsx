import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  App,
  Button,
  Empty,
  Input,
  Popconfirm,
  Select,
  Space,
  Switch,
  Typography,
  theme,
} from 'antd';
import {
  CaretDownOutlined,
  CaretUpOutlined,
  CopyOutlined,
  DeleteOutlined,
  EditOutlined,
  FileExcelOutlined,
  PlusOutlined,
  SearchOutlined,
} from '@ant-design/icons';
import { ROLES, type Gender, type Person, type Role } from '../../../core/domain/person';
import { ROLE_LABELS } from '../../../core/domain/glossary';
import { formatDateVi } from '../../../core/domain/dates';
import { foldForSearch, nameSortKey, splitName } from '../../../core/domain/vietnamese';
import { ApiError, request } from '../api';
import { useWorkspace } from '../state/WorkspaceContext';
import { RoleTags } from '../components/RoleTags';
import { PersonDrawer } from '../components/PersonDrawer';
import { ImportWizard } from '../components/ImportWizard';

type SortKey = 'rosterNo' | 'name' | 'gender' | 'birthDate' | 'department' | 'position' | 'roles';
interface SortState {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Everything the table sorts, filters and shows, computed once per roster change. */
interface RowModel {
  person: Person;
  given: string;
  nameKey: string;
  search: string;
  birthText: string;
  genderText: string;
  /** Index in ROLES of the most senior role; ROLES.length when there is none. */
  roleRank: number;
}

const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ', other: 'Khác' };
const NO_DEPARTMENT = '\u0000none';
const NO_ROLE = 'none';
type RoleFilter = Role | typeof NO_ROLE;

const DEFAULT_SORT: SortState = { key: 'name', dir: 'asc' };
const HEADER_HEIGHT = 40;
const ROW_HEIGHT = 38;
const GRID_COLUMNS =
  '64px minmax(190px, 2fr) 80px 104px minmax(140px, 1.4fr) minmax(140px, 1.4fr) minmax(190px, 1.6fr) 76px';
const MIN_TABLE_WIDTH = 1000;

const COLUMNS: { key: SortKey; title: string; align?: 'right' }[] = [
  { key: 'rosterNo', title: 'STT', align: 'right' },
  { key: 'name', title: 'Họ và tên' },
  { key: 'gender', title: 'Giới tính' },
  { key: 'birthDate', title: 'Ngày sinh' },
  { key: 'department', title: 'Đơn vị' },
  { key: 'position', title: 'Chức vụ' },
  { key: 'roles', title: 'Vai trò' },
];

// One collator for the whole screen: constructing one per comparison is what makes sorting slow.
const collator = new Intl.Collator('vi', { numeric: true });

function toRowModel(person: Person): RowModel {
  const firstRole = ROLES.findIndex((role) => person.roles.includes(role));
  return {
    person,
    given: splitName(person.fullName).given,
    nameKey: nameSortKey(person.fullName),
    search: foldForSearch(
      `${person.fullName} ${person.department} ${person.position} ${person.rosterNo}`,
    ),
    birthText: person.birthDate ? formatDateVi(person.birthDate) : '',
    genderText: person.gender ? GENDER_LABELS[person.gender] : '',
    roleRank: firstRole === -1 ? ROLES.length : firstRole,
  };
}

/** Text columns: blanks go last whichever the direction, as in Excel. */
function compareText(a: string, b: string, sign: number): number {
  if (!a || !b) return a === b ? 0 : a ? -1 : 1;
  return sign * collator.compare(a, b);
}

function comparator(sort: SortState): (a: RowModel, b: RowModel) => number {
  const sign = sort.dir === 'asc' ? 1 : -1;
  // The given name alone first: compared inside the whole key, "Ánh Hồng" would come before
  // "Anh Thanh" (tone marks weigh less than any letter), mixing the Anhs and the Ánhs.
  const byName = (a: RowModel, b: RowModel) =>
    collator.compare(a.given, b.given) ||
    collator.compare(a.nameKey, b.nameKey) ||
    a.person.rosterNo - b.person.rosterNo;
  switch (sort.key) {
    case 'name':
      return (a, b) => sign * byName(a, b);
    case 'rosterNo':
      return (a, b) => sign * (a.person.rosterNo - b.person.rosterNo);
    case 'gender':
      return (a, b) => compareText(a.genderText, b.genderText, sign) || byName(a, b);
    case 'birthDate':
      // ISO dates sort as text.
      return (a, b) =>
        compareText(a.person.birthDate ?? '', b.person.birthDate ?? '', sign) || byName(a, b);
    case 'department':
      return (a, b) => compareText(a.person.department, b.person.department, sign) || byName(a, b);
    case 'position':
      return (a, b) => compareText(a.person.position, b.person.position, sign) || byName(a, b);
    case 'roles':
      return (a, b) =>
        (a.roleRank === ROLES.length || b.roleRank === ROLES.length
          ? a.roleRank - b.roleRank
          : sign * (a.roleRank - b.roleRank)) || byName(a, b);
  }
}

function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, dir: 'asc' };
  if (current.dir === 'asc') return { key, dir: 'desc' };
  return DEFAULT_SORT;
}

/** Tab-separated, the format Excel pastes into cells. */
function toTsv(rows: readonly RowModel[]): string {
  const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
  const header = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Đơn vị', 'Chức vụ', 'Vai trò'];
  const lines = rows.map((row) =>
    [
      String(row.person.rosterNo),
      row.person.fullName,
      row.genderText,
      row.birthText,
      row.person.department,
      row.person.position,
      ROLES.filter((role) => row.person.roles.includes(role))
        .map((role) => ROLE_LABELS[role])
        .join(', '),
    ]
      .map(clean)
      .join('\t'),
  );
  return [header.join('\t'), ...lines].join('\r\n');
}

function rowDomId(id: string): string {
  return `person-row-${id}`;
}

/** "Danh sách cán bộ": the roster, searchable without accents, sortable, editable, importable. */
export function PeopleScreen() {
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const { workspace, setWorkspace } = useWorkspace();
  const people = workspace.people;

  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [department, setDepartment] = useState<string | undefined>(undefined);
  const [roleFilter, setRoleFilter] = useState<RoleFilter | undefined>(undefined);
  const [showInactive, setShowInactive] = useState(false);
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [confirmId, setConfirmId] = useState<string | null>(null);
  const [drawer, setDrawer] = useState<{ open: boolean; person?: Person }>({ open: false });
  const [importing, setImporting] = useState(false);

  const models = useMemo(() => people.map(toRowModel), [people]);
  const sorted = useMemo(() => [...models].sort(comparator(sort)), [models, sort]);

  const visible = useMemo(() => {
    const tokens = foldForSearch(deferredQuery).split(' ').filter(Boolean);
    return sorted.filter(({ person, search }) => {
      if (!showInactive && !person.active) return false;
      if (department !== undefined) {
        if (
          department === NO_DEPARTMENT ? person.department !== '' : person.department !== department
        ) {
          return false;
        }
      }
      if (roleFilter !== undefined) {
        if (roleFilter === NO_ROLE ? person.roles.length > 0 : !person.roles.includes(roleFilter)) {
          return false;
        }
      }
      return tokens.every((t) => search.includes(t));
    });
  }, [sorted, deferredQuery, department, roleFilter, showInactive]);

  const counts = useMemo(() => {
    let active = 0;
    let party = 0;
    let union = 0;
    for (const p of people) {
      if (!p.active) continue;
      active++;
      if (p.partyMember) party++;
      if (p.roles.includes('unionMember')) union++;
    }
    return { active, party, union, inactive: people.length - active };
  }, [people]);

  const departmentOptions = useMemo(() => {
    const tally = new Map<string, number>();
    for (const p of people) {
      if (!showInactive && !p.active) continue;
      tally.set(p.department, (tally.get(p.department) ?? 0) + 1);
    }
    const named = [...tally]
      .filter(([name]) => name !== '')
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([name, n]) => ({ value: name, label: `${name} (${n})`, search: foldForSearch(name) }));
    const blank = tally.get('');
    return blank
      ? [
          ...named,
          { value: NO_DEPARTMENT, label: `(Chưa ghi đơn vị) (${blank})`, search: 'chua ghi' },
        ]
      : named;
  }, [people, showInactive]);

  const roleOptions = useMemo(
    () => [
      ...ROLES.map((role) => ({ value: role as RoleFilter, label: ROLE_LABELS[role] })),
      { value: NO_ROLE as RoleFilter, label: 'Chưa có vai trò nào' },
    ],
    [],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  // The rule warns that the React Compiler cannot memoise around the virtualizer. The project
  // does not run the compiler (vite.config.ts uses plain plugin-react), so nothing is lost.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The sticky header sits above the rows inside the same scroll box.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey: (index) => visible[index]?.person.id ?? index,
  });

  const activeIndex = useMemo(
    () => (activeId === null ? -1 : visible.findIndex((row) => row.person.id === activeId)),
    [visible, activeId],
  );

  // Keep the keyboard row on screen as it moves (and after a sort moves it elsewhere).
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  const openEditor = useCallback((person?: Person) => setDrawer({ open: true, person }), []);

  const remove = async (person: Person) => {
    setConfirmId(null);
    try {
      const result = await request('people:remove', { id: person.id });
      // Mirror the service: the person goes (or is marked as left) and stops being the unit's
      // union chair / vice-chair either way.
      setWorkspace((w) => ({
        ...w,
        unit: {
          ...w.unit,
          unionChairId: w.unit.unionChairId === person.id ? undefined : w.unit.unionChairId,
          unionViceChairId:
            w.unit.unionViceChairId === person.id ? undefined : w.unit.unionViceChairId,
        },
        people: result.removed
          ? w.people.filter((p) => p.id !== person.id)
          : w.people.map((p) => (p.id === person.id ? { ...p, active: false } : p)),
      }));
      if (result.removed) {
        message.success(`Đã xoá ${person.fullName} khỏi danh sách.`);
      } else if (result.deactivated) {
        message.info(
          `${person.fullName} đã có tên trong một hội nghị nên được đánh dấu "đã nghỉ" thay vì xoá.`,
          6,
        );
      }
    } catch (error) {
      message.error(error instanceof ApiError ? error.payload.message : String(error));
    }
  };

  const copyRows = async (rows: readonly RowModel[]) => {
    try {
      await navigator.clipboard.writeText(toTsv(rows));
      message.success(
        rows.length === 1
          ? `Đã sao chép ${rows[0]?.person.fullName ?? ''}; dán vào Excel bằng Ctrl+V.`
          : `Đã sao chép ${rows.length} dòng; dán vào Excel bằng Ctrl+V.`,
      );
    } catch {
      message.error('Không sao chép được vào bộ nhớ tạm.');
    }
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed into the row's buttons (Enter on "Xoá") belong to those buttons.
    if (event.target !== event.currentTarget) return;
    if (visible.length === 0) return;
    // While "Xoá …?" is open, Enter answers it (as in any dialog) instead of opening the editor.
    const confirming =
      confirmId === null ? undefined : visible.find((r) => r.person.id === confirmId);
    if (confirming && (event.key === 'Enter' || event.key === 'Escape')) {
      event.preventDefault();
      if (event.key === 'Enter') void remove(confirming.person);
      else setConfirmId(null);
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const from = activeIndex < 0 ? -1 : activeIndex;
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(visible.length - 1, from + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, from - 1);
        break;
      case 'PageDown':
        next = Math.min(visible.length - 1, Math.max(0, from) + page);
        break;
      case 'PageUp':
        next = Math.max(0, from - page);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = visible.length - 1;
        break;
      case 'Enter': {
        const row = visible[activeIndex];
        if (row) {
          event.preventDefault();
          openEditor(row.person);
        }
        return;
      }
      case 'Delete': {
        const row = visible[activeIndex];
        if (row) {
          event.preventDefault();
          setConfirmId(row.person.id);
        }
        return;
      }
      case 'c':
      case 'C': {
        const row = visible[activeIndex];
        if ((event.ctrlKey || event.metaKey) && row) {
          event.preventDefault();
          void copyRows([row]);
        }
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    const row = visible[next];
    if (row) setActiveId(row.person.id);
  };

  const sortIcon = (key: SortKey): ReactNode => {
    if (sort.key !== key) return null;
    return sort.dir === 'asc' ? <CaretUpOutlined /> : <CaretDownOutlined />;
  };

  // Rows are styled by class, not inline objects: hover and focus need selectors, and forty rows
  // re-created on every scroll step should carry as little as possible.
  const stylesheet = useMemo(
    () => `
.people-grid:focus-visible { outline: 2px solid ${token.colorPrimary}; outline-offset: -2px; }
.people-row { position: absolute; top: 0; left: 0; width: 100%; display: grid;
  grid-template-columns: ${GRID_COLUMNS}; align-items: center; cursor: default; user-select: none;
  border-bottom: 1px solid ${token.colorSplit}; }
.people-row[data-odd='true'] { background: ${token.colorFillQuaternary}; }
.people-row:hover { background: ${token.controlItemBgHover}; }
.people-row[aria-selected='true'] { background: ${token.controlItemBgActive}; }
.people-row[data-inactive='true'] { color: ${token.colorTextTertiary}; }
.people-cell { padding: 0 8px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.people-cell-number { text-align: right; font-variant-numeric: tabular-nums; }
.people-left-badge { margin-inline-start: 6px; padding: 0 6px; border-radius: 4px;
  font-size: 12px; background: ${token.colorFillSecondary}; }
.people-actions { display: flex; gap: 2px; justify-content: flex-end; padding-right: 6px; }
.people-action { display: inline-flex; align-items: center; justify-content: center; width: 26px;
  height: 26px; padding: 0; border: 0; border-radius: 4px; background: transparent;
  color: ${token.colorTextSecondary}; cursor: pointer; font-size: 14px; opacity: 0.45; }
.people-row:hover .people-action, .people-row[aria-selected='true'] .people-action,
.people-action:focus-visible { opacity: 1; }
.people-action:hover { background: ${token.colorFillSecondary}; color: ${token.colorText}; }
.people-action-danger:hover { background: ${token.colorErrorBg}; color: ${token.colorError}; }
.people-action:focus-visible { outline: 2px solid ${token.colorPrimary}; }
`,
    [token],
  );

  const filtered =
    deferredQuery.trim() !== '' || department !== undefined || roleFilter !== undefined;
  const activeRow = activeIndex >= 0 ? visible[activeIndex] : undefined;

  return (
    <>
      <style>{stylesheet}</style>
      {/* Title and actions on one line, filters on the next: on a laptop screen next to the
          sidebar the two groups do not fit side by side without wrapping mid-toolbar. */}
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 8,
          marginBottom: 12,
        }}
      >
        <Typography.Title level={3} className="screen-title" style={{ marginBottom: 0 }}>
          Danh sách cán bộ
        </Typography.Title>
        <Space wrap>
          <Button
            icon={<CopyOutlined />}
            onClick={() => void copyRows(visible)}
            disabled={visible.length === 0}
            title="Sao chép các dòng đang hiện để dán vào Excel"
          >
            Sao chép
          </Button>
          <Button icon={<FileExcelOutlined />} onClick={() => setImporting(true)}>
            Nhập từ Excel/CSV
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor()}>
            Thêm người
          </Button>
        </Space>
      </div>

      <Space wrap size={[8, 8]} style={{ marginBottom: 8 }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="Tìm theo tên, đơn vị, chức vụ (không cần dấu)"
          aria-label="Tìm người"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          style={{ width: 340 }}
        />
        <Select
          allowClear
          aria-label="Lọc theo đơn vị"
          placeholder="Tất cả phòng, đơn vị"
          value={department}
          onChange={(value: string | undefined) => setDepartment(value)}
          options={departmentOptions}
          showSearch={{
            filterOption: (input, option) => (option?.search ?? '').includes(foldForSearch(input)),
          }}
          style={{ width: 230 }}
          popupMatchSelectWidth={false}
        />
        <Select
          allowClear
          aria-label="Lọc theo vai trò"
          placeholder="Tất cả vai trò"
          value={roleFilter}
          onChange={(value: RoleFilter | undefined) => setRoleFilter(value)}
          options={roleOptions}
          style={{ width: 230 }}
          popupMatchSelectWidth={false}
        />
        <Space size={6}>
          <Switch
            id="people-show-inactive"
            size="small"
            checked={showInactive}
            onChange={setShowInactive}
          />
          <label htmlFor="people-show-inactive" style={{ cursor: 'pointer' }}>
            Cả người đã nghỉ
          </label>
        </Space>
      </Space>

      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {counts.active} người đang công tác · {counts.party} Đảng viên · {counts.union} đoàn viên
        công đoàn
        {counts.inactive > 0 && ` · ${counts.inactive} người đã nghỉ`}
        {filtered && ` — đang hiện ${visible.length} người khớp điều kiện lọc`}
      </Typography.Paragraph>

      {people.length === 0 ? (
        <Empty
          style={{
            padding: 48,
            background: token.colorBgContainer,
            borderRadius: token.borderRadius,
          }}
          description="Chưa có ai trong danh sách. Nhập từ tệp Excel hoặc CSV mà đơn vị đang dùng, hoặc thêm từng người."
        >
          <Space>
            <Button type="primary" icon={<FileExcelOutlined />} onClick={() => setImporting(true)}>
              Nhập từ Excel/CSV
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => openEditor()}>
              Thêm người
            </Button>
          </Space>
        </Empty>
      ) : (
        <div
          ref={scrollRef}
          className="people-grid"
          data-testid="people-table"
          role="grid"
          aria-label="Danh sách cán bộ"
          aria-rowcount={visible.length + 1}
          aria-activedescendant={activeRow ? rowDomId(activeRow.person.id) : undefined}
          tabIndex={0}
          onKeyDown={onGridKeyDown}
          style={{
            height: 'max(360px, calc(100vh - 250px))',
            overflow: 'auto',
            background: token.colorBgContainer,
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadius,
          }}
        >
          <div style={{ minWidth: MIN_TABLE_WIDTH }}>
            <div
              role="row"
              aria-rowindex={1}
              style={{
                display: 'grid',
                gridTemplateColumns: GRID_COLUMNS,
                height: HEADER_HEIGHT,
                position: 'sticky',
                top: 0,
                zIndex: 2,
                // Opaque: rows scroll underneath, and the fill tokens are translucent.
                background: `linear-gradient(${token.colorFillTertiary}, ${token.colorFillTertiary}), ${token.colorBgContainer}`,
                borderBottom: `1px solid ${token.colorBorderSecondary}`,
                fontWeight: 600,
              }}
            >
              {COLUMNS.map((column) => (
                <div
                  key={column.key}
                  role="columnheader"
                  aria-sort={
                    sort.key === column.key
                      ? sort.dir === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : 'none'
                  }
                  style={{ display: 'flex', alignItems: 'stretch' }}
                >
                  <button
                    type="button"
                    onClick={() => setSort((s) => nextSort(s, column.key))}
                    title="Bấm để sắp xếp theo cột này"
                    style={{
                      all: 'unset',
                      cursor: 'pointer',
                      flex: 1,
                      display: 'flex',
                      alignItems: 'center',
                      justifyContent: column.align === 'right' ? 'flex-end' : 'flex-start',
                      gap: 4,
                      padding: '0 8px',
                    }}
                  >
                    {column.title}
                    {sortIcon(column.key)}
                  </button>
                </div>
              ))}
              <div role="columnheader" aria-label="Thao tác" />
            </div>

            {visible.length === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                style={{ padding: 32 }}
                description={
                  showInactive || counts.inactive === 0
                    ? 'Không có ai khớp điều kiện tìm, lọc.'
                    : 'Không có ai khớp điều kiện tìm, lọc. Bật "Cả người đã nghỉ" để tìm cả người đã nghỉ.'
                }
              />
            ) : (
              <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
                {virtualizer.getVirtualItems().map((item) => {
                  const row = visible[item.index];
                  if (!row) return null;
                  const { person } = row;
                  const deleteButton = (
                    <button
                      type="button"
                      className="people-action people-action-danger"
                      aria-label={`Xoá ${person.fullName}`}
                      title="Xoá (phím Delete)"
                      onClick={() => setConfirmId(person.id)}
                    >
                      <DeleteOutlined />
                    </button>
                  );
                  return (
                    <div
                      key={item.key}
                      id={rowDomId(person.id)}
                      className="people-row"
                      data-testid="person-row"
                      data-odd={item.index % 2 === 1}
                      data-inactive={!person.active}
                      role="row"
                      aria-rowindex={item.index + 2}
                      aria-selected={item.index === activeIndex}
                      onClick={() => setActiveId(person.id)}
                      onDoubleClick={() => openEditor(person)}
                      style={{
                        height: ROW_HEIGHT,
                        transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
                      }}
                    >
                      <div role="gridcell" className="people-cell people-cell-number">
                        {person.rosterNo}
                      </div>
                      <div role="gridcell" className="people-cell" title={person.fullName}>
                        {person.fullName}
                        {!person.active && <span className="people-left-badge">đã nghỉ</span>}
                      </div>
                      <div role="gridcell" className="people-cell">
                        {row.genderText}
                      </div>
                      <div role="gridcell" className="people-cell">
                        {row.birthText}
                      </div>
                      <div role="gridcell" className="people-cell" title={person.department}>
                        {person.department}
                      </div>
                      <div role="gridcell" className="people-cell" title={person.position}>
                        {person.position}
                      </div>
                      <div role="gridcell" className="people-cell">
                        <RoleTags roles={person.roles} compact />
                      </div>
                      <div
                        role="gridcell"
                        className="people-actions"
                        // A fast double click on a button must not also open the drawer.
                        onDoubleClick={(event) => event.stopPropagation()}
                      >
                        <button
                          type="button"
                          className="people-action"
                          aria-label={`Sửa ${person.fullName}`}
                          title="Sửa (Enter)"
                          onClick={() => openEditor(person)}
                        >
                          <EditOutlined />
                        </button>
                        {/* One Popconfirm, on the row being deleted: an antd Popconfirm and two
                            antd Buttons in each of the 40 rendered rows tripled the cost of
                            every scroll step. */}
                        {confirmId === person.id ? (
                          <Popconfirm
                            open
                            onOpenChange={(open) => {
                              if (!open) setConfirmId(null);
                            }}
                            title={`Xoá ${person.fullName}?`}
                            description={
                              <div style={{ maxWidth: 320 }}>
                                Người đã có tên trong một hội nghị (được mời, điểm danh) sẽ được
                                đánh dấu &quot;đã nghỉ&quot; thay vì xoá, để hồ sơ hội nghị đó vẫn
                                đủ tên.
                              </div>
                            }
                            okText="Xoá"
                            okButtonProps={{ danger: true }}
                            cancelText="Không"
                            onConfirm={() => remove(person)}
                            onCancel={() => setConfirmId(null)}
                          >
                            {deleteButton}
                          </Popconfirm>
                        ) : (
                          deleteButton
                        )}
                      </div>
                    </div>
                  );
                })}
              </div>
            )}
          </div>
        </div>
      )}

      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6, fontSize: 12 }}>
        Bấm đúp hoặc nhấn Enter để sửa · mũi tên lên/xuống để chọn dòng · Ctrl+C sao chép dòng đang
        chọn · bấm tiêu đề cột để sắp xếp
      </Typography.Text>

      <PersonDrawer
        open={drawer.open}
        person={drawer.person}
        onClose={() => setDrawer((d) => ({ ...d, open: false }))}
        onSaved={(saved) => setActiveId(saved.id)}
      />
      <ImportWizard open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
