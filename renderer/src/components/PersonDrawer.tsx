import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import dayjs from 'dayjs';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { PersonInputSchema, ROLES, type Gender, type Person } from '../../../core/domain/person';
import { ROLE_LABELS } from '../../../core/domain/glossary';
import { suggestRoles } from '../../../core/domain/rosterImport';
import { foldForSearch } from '../../../core/domain/vietnamese';
import { ApiError, request } from '../api';
import { useWorkspace } from '../state/WorkspaceContext';

type PersonFormInput = z.input<typeof PersonInputSchema>;
type PersonFormOutput = z.output<typeof PersonInputSchema>;

/**
 * The optional fields are null in the form, not undefined: react-hook-form's reset() treats an
 * undefined value as "use the field's first default", so opening "Thêm người" after editing
 * someone would show that person's birth date and number.
 */
type PersonFormValues = Omit<PersonFormInput, 'gender' | 'birthDate' | 'rosterNo'> & {
  gender: Gender | null;
  birthDate: string | null;
  rosterNo: number | null;
};

const personInputResolver = zodResolver(PersonInputSchema);

const resolver: Resolver<PersonFormValues, unknown, PersonFormOutput> = (
  { gender, birthDate, rosterNo, ...rest },
  context,
  options,
) =>
  personInputResolver(
    {
      ...rest,
      gender: gender ?? undefined,
      birthDate: birthDate ?? undefined,
      rosterNo: rosterNo ?? undefined,
    },
    context,
    // Same field names on both sides; spelled out because the generic types are not related.
    {
      criteriaMode: options.criteriaMode,
      fields: options.fields,
      names: options.names,
      shouldUseNativeValidation: options.shouldUseNativeValidation,
    },
  );

export interface PersonDrawerProps {
  open: boolean;
  /** The person to edit; undefined adds a new one. */
  person?: Person;
  onClose(): void;
  /** Called with what the service stored, after the workspace roster has been updated. */
  onSaved?(person: Person): void;
}

const GENDER_OPTIONS: { value: Gender; label: string }[] = [
  { value: 'male', label: 'Nam' },
  { value: 'female', label: 'Nữ' },
  { value: 'other', label: 'Khác' },
];

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Typing "5/3/1980" or "05031980" is how people enter dates in Excel; the first format is shown. */
const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'];

const FORM_ID = 'person-drawer-form';

function formValues(person: Person | undefined): PersonFormValues {
  if (!person) {
    return {
      fullName: '',
      gender: null,
      birthDate: null,
      rosterNo: null,
      department: '',
      position: '',
      phone: '',
      partyMember: false,
      // Nearly everyone in a state unit is a union member; unticking is the exception.
      roles: ['unionMember'],
      active: true,
      note: '',
    };
  }
  return {
    ...person,
    gender: person.gender ?? null,
    birthDate: person.birthDate ?? null,
    roles: [...person.roles],
  };
}

/** Add or edit one person of the roster. */
export function PersonDrawer({ open, person, onClose, onSaved }: PersonDrawerProps) {
  const { message } = App.useApp();
  const { workspace, setWorkspace } = useWorkspace();
  const [serverError, setServerError] = useState<{ message: string; issues: string[] } | null>(
    null,
  );
  const { control, handleSubmit, reset, getValues, setValue, formState } = useForm<
    PersonFormValues,
    unknown,
    PersonFormOutput
  >({
    resolver,
    defaultValues: formValues(person),
  });

  // The drawer stays mounted between uses: start from the chosen person each time it opens.
  useEffect(() => {
    if (open) reset(formValues(person));
  }, [open, person, reset]);

  // A failed save's message belongs to that attempt; it must not greet the next person opened.
  const close = () => {
    setServerError(null);
    onClose();
  };

  const departments = useMemo(() => {
    const names = new Set<string>();
    for (const p of workspace.people) if (p.department) names.add(p.department);
    return [...names]
      .sort((a, b) => a.localeCompare(b, 'vi'))
      .map((name) => ({ value: name, search: foldForSearch(name) }));
  }, [workspace.people]);

  // Names are NFC-normalised by the service, so plain equality finds true namesakes.
  const sameName = useMemo(
    () =>
      person !== undefined &&
      workspace.people.some((p) => p.id !== person.id && p.fullName === person.fullName),
    [person, workspace.people],
  );

  const save = handleSubmit(async (values) => {
    setServerError(null);
    try {
      const saved = await request('people:save', values);
      // Functional update: another save or an import may have changed the roster meanwhile.
      setWorkspace((w) => ({
        ...w,
        people: w.people.some((p) => p.id === saved.id)
          ? w.people.map((p) => (p.id === saved.id ? saved : p))
          : [...w.people, saved],
      }));
      message.success(
        person
          ? `Đã lưu thông tin ${saved.fullName}.`
          : `Đã thêm ${saved.fullName} (số thứ tự ${saved.rosterNo}).`,
      );
      onSaved?.(saved);
      close();
    } catch (error) {
      setServerError(
        error instanceof ApiError
          ? { message: error.payload.message, issues: error.payload.issues }
          : { message: error instanceof Error ? error.message : String(error), issues: [] },
      );
    }
  });

  const applySuggestedRoles = () => {
    const current = getValues('roles') ?? [];
    const suggested = suggestRoles(getValues('position') ?? '', current.includes('unionMember'));
    const merged = ROLES.filter((role) => current.includes(role) || suggested.includes(role));
    setValue('roles', merged, { shouldDirty: true });
    const added = merged.length - current.length;
    if (added > 0)
      message.info(`Đã đánh dấu thêm ${added} vai trò theo chức vụ; hãy kiểm tra lại.`);
    else message.info('Chức vụ không gợi ý thêm vai trò nào.');
  };

  return (
    <Drawer
      open={open}
      onClose={close}
      size={560}
      title={person ? `Sửa thông tin: ${person.fullName}` : 'Thêm người vào danh sách'}
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={close}>Huỷ</Button>
          <Button type="primary" htmlType="submit" form={FORM_ID} loading={formState.isSubmitting}>
            {person ? 'Lưu' : 'Thêm'}
          </Button>
        </Space>
      }
    >
      <form id={FORM_ID} onSubmit={(event) => void save(event)} noValidate>
        {serverError && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={serverError.message}
            description={
              serverError.issues.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {serverError.issues.map((issue) => (
                    <li key={issue}>{issue}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
        <Form layout="vertical" component="div">
          <Controller
            name="fullName"
            control={control}
            render={({ field, fieldState }) => (
              <Form.Item
                label="Họ và tên"
                required
                validateStatus={fieldState.error ? 'error' : undefined}
                help={fieldState.error?.message}
              >
                <Input {...field} autoFocus aria-label="Họ và tên" placeholder="Nguyễn Văn An" />
              </Form.Item>
            )}
          />
          <Row gutter={12}>
            <Col span={8}>
              <Controller
                name="gender"
                control={control}
                render={({ field }) => (
                  <Form.Item label="Giới tính">
                    <Select
                      aria-label="Giới tính"
                      allowClear
                      placeholder="Chọn"
                      options={GENDER_OPTIONS}
                      value={field.value ?? undefined}
                      onChange={(value: Gender | undefined) => field.onChange(value ?? null)}
                    />
                  </Form.Item>
                )}
              />
            </Col>
            <Col span={8}>
              <Controller
                name="birthDate"
                control={control}
                render={({ field, fieldState }) => (
                  <Form.Item
                    label="Ngày sinh"
                    validateStatus={fieldState.error ? 'error' : undefined}
                    help={fieldState.error?.message}
                  >
                    <DatePicker
                      aria-label="Ngày sinh"
                      style={{ width: '100%' }}
                      format={DATE_FORMATS}
                      placeholder="dd/mm/yyyy"
                      value={field.value ? dayjs(field.value, 'YYYY-MM-DD') : null}
                      onChange={(date) => field.onChange(date ? date.format('YYYY-MM-DD') : null)}
                      disabledDate={(date) => date.isAfter(dayjs(), 'day')}
                    />
                  </Form.Item>
                )}
              />
            </Col>
            <Col span={8}>
              <Controller
                name="rosterNo"
                control={control}
                render={({ field, fieldState }) => (
                  <Form.Item
                    label="Số thứ tự (STT)"
                    tooltip="Số trên danh sách của đơn vị; dùng khi điểm danh. Để trống thì ứng dụng tự đánh số tiếp theo."
                    validateStatus={fieldState.error ? 'error' : undefined}
                    help={fieldState.error?.message}
                  >
                    <InputNumber
                      aria-label="Số thứ tự"
                      style={{ width: '100%' }}
                      min={1}
                      precision={0}
                      placeholder="Tự đánh số"
                      value={field.value}
                      onChange={(value) => field.onChange(value ?? null)}
                    />
                  </Form.Item>
                )}
              />
            </Col>
          </Row>
          <Controller
            name="department"
            control={control}
            render={({ field, fieldState }) => (
              <Form.Item
                label="Đơn vị (phòng, ban, khoa…)"
                validateStatus={fieldState.error ? 'error' : undefined}
                help={fieldState.error?.message}
              >
                <AutoComplete
                  aria-label="Đơn vị"
                  options={departments}
                  value={field.value ?? ''}
                  onChange={(value: string) => field.onChange(value)}
                  onBlur={field.onBlur}
                  showSearch={{
                    filterOption: (input, option) =>
                      (option?.search ?? '').includes(foldForSearch(input)),
                  }}
                  placeholder="Văn phòng"
                />
              </Form.Item>
            )}
          />
          <Row gutter={12}>
            <Col span={14}>
              <Controller
                name="position"
                control={control}
                render={({ field, fieldState }) => (
                  <Form.Item
                    label="Chức vụ"
                    validateStatus={fieldState.error ? 'error' : undefined}
                    help={fieldState.error?.message}
                  >
                    <Input
                      {...field}
                      value={field.value ?? ''}
                      aria-label="Chức vụ"
                      placeholder="Chuyên viên"
                    />
                  </Form.Item>
                )}
              />
            </Col>
            <Col span={10}>
              <Controller
                name="phone"
                control={control}
                render={({ field, fieldState }) => (
                  <Form.Item
                    label="Điện thoại"
                    validateStatus={fieldState.error ? 'error' : undefined}
                    help={fieldState.error?.message}
                  >
                    <Input
                      {...field}
                      value={field.value ?? ''}
                      aria-label="Điện thoại"
                      inputMode="tel"
                    />
                  </Form.Item>
                )}
              />
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>
              <Controller
                name="partyMember"
                control={control}
                render={({ field }) => (
                  <Form.Item label="Đảng viên">
                    <Switch
                      aria-label="Đảng viên"
                      checked={field.value ?? false}
                      onChange={(checked) => field.onChange(checked)}
                      checkedChildren="Có"
                      unCheckedChildren="Không"
                    />
                  </Form.Item>
                )}
              />
            </Col>
            <Col span={12}>
              <Controller
                name="active"
                control={control}
                render={({ field }) => (
                  <Form.Item
                    label="Đang công tác"
                    tooltip="Tắt khi người này đã nghỉ hưu hoặc chuyển công tác. Tên vẫn được giữ trong các hội nghị trước."
                  >
                    <Switch
                      aria-label="Đang công tác"
                      checked={field.value ?? true}
                      onChange={(checked) => field.onChange(checked)}
                      checkedChildren="Có"
                      unCheckedChildren="Đã nghỉ"
                    />
                  </Form.Item>
                )}
              />
            </Col>
          </Row>
          <Controller
            name="roles"
            control={control}
            render={({ field }) => (
              <Form.Item
                label={
                  <Space size={8}>
                    <span>Vai trò</span>
                    <Button size="small" type="link" onClick={applySuggestedRoles}>
                      Gợi ý theo chức vụ
                    </Button>
                  </Space>
                }
                extra="Thủ trưởng, cấp phó và kế toán trưởng không được bầu vào Ban Thanh tra nhân dân (Điều 60.2 Luật 10/2022)."
              >
                <Checkbox.Group
                  aria-label="Vai trò"
                  value={field.value ?? []}
                  onChange={(values) => field.onChange(values)}
                  style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', rowGap: 6 }}
                  options={ROLE_OPTIONS}
                />
              </Form.Item>
            )}
          />
          <Controller
            name="note"
            control={control}
            render={({ field, fieldState }) => (
              <Form.Item
                label="Ghi chú"
                validateStatus={fieldState.error ? 'error' : undefined}
                help={fieldState.error?.message}
              >
                <Input.TextArea
                  {...field}
                  value={field.value ?? ''}
                  aria-label="Ghi chú"
                  autoSize={{ minRows: 2, maxRows: 5 }}
                  maxLength={500}
                />
              </Form.Item>
            )}
          />
          {person && (
            <Typography.Text type="secondary">
              Số thứ tự hiện tại: {person.rosterNo}.
              {sameName && ' Có người khác trùng họ tên; khi điểm danh hãy dùng số thứ tự.'}
            </Typography.Text>
          )}
        </Form>
      </form>
    </Drawer>
  );
}
