import { useMemo, useState, type HTMLAttributes } from 'react';
import { Alert, Button, Checkbox, Select, Table, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { Candidate } from '../../../../core/domain/election';
import { orderForBallot } from '../../../../core/domain/electionBallot';
import { candidateEligibility } from '../../../../core/domain/electionSetup';
import type { Person } from '../../../../core/domain/person';
import type { RuleSet } from '../../../../core/rules/ruleSets';
import { PersonSelect } from '../PersonSelect';

interface Refusal {
  name: string;
  reason: string;
  source: string;
}

const NOMINATED_BY_OPTIONS = [
  { value: 'unionExecutive', label: 'Ban Chấp hành Công đoàn giới thiệu' },
  { value: 'floor', label: 'Hội nghị giới thiệu' },
  { value: 'self', label: 'Tự ứng cử' },
] as const;

/**
 * Who stands (R12, R13): people picked from the roster — the head, deputy heads, the chief
 * accountant and anyone no longer working in the unit are refused on the spot with the reason and
 * the article (Luật 10/2022 Điều 60.2) — each with their consent recorded (they must volunteer),
 * numbered as the ballot will print them (Vietnamese name order, given name first).
 */
export function CandidateListEditor({
  people,
  peopleById,
  rules,
  candidates,
  allowFloorNominations,
  disabled,
  onChange,
}: {
  people: readonly Person[];
  peopleById: ReadonlyMap<string, Person>;
  rules: RuleSet;
  candidates: readonly Candidate[];
  allowFloorNominations: boolean;
  disabled: boolean;
  onChange: (candidates: Candidate[]) => void;
}) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const chosen = useMemo(() => new Set(candidates.map((c) => c.personId)), [candidates]);
  const options = useMemo(() => people.filter((p) => !chosen.has(p.id)), [people, chosen]);
  const numbers = useMemo(() => {
    const order = orderForBallot(
      candidates.map((c) => c.personId),
      people,
    );
    return new Map(order.map((id, i) => [id, i + 1]));
  }, [candidates, people]);
  const rows = useMemo(
    () =>
      [...candidates].sort(
        (a, b) => (numbers.get(a.personId) ?? 0) - (numbers.get(b.personId) ?? 0),
      ),
    [candidates, numbers],
  );

  const add = (personId: string | undefined) => {
    if (!personId) return;
    const person = peopleById.get(personId);
    const eligibility = candidateEligibility(person, rules);
    if (!eligibility.ok) {
      setRefusal({
        name: person?.fullName ?? 'Người này',
        reason: eligibility.reason ?? '',
        source: eligibility.source ?? rules.boardExcludedRoles.source,
      });
      return;
    }
    setRefusal(null);
    onChange([
      ...candidates,
      {
        personId,
        nominatedBy: 'unionExecutive',
        consent: false,
        consentNote: '',
      },
    ]);
  };
  const update = (personId: string, change: Partial<Candidate>) =>
    onChange(candidates.map((c) => (c.personId === personId ? { ...c, ...change } : c)));

  return (
    <div data-testid="candidate-editor">
      {!disabled && (
        <div style={{ marginBottom: 8 }}>
          <PersonSelect
            // A fresh, empty box after each pick (the select keeps its own value otherwise).
            key={candidates.length}
            ariaLabel="Thêm người ứng cử"
            placeholder="Thêm người ứng cử: gõ tên (không cần dấu) và chọn"
            people={options}
            value={undefined}
            onChange={add}
          />
        </div>
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setRefusal(null)}
          style={{ marginBottom: 8 }}
          data-testid="candidate-refused"
          title={`Không thêm được ${refusal.name}`}
          description={
            <>
              {refusal.reason}
              <br />
              <small>Căn cứ: {refusal.source}</small>
            </>
          }
        />
      )}
      <Table<Candidate>
        size="small"
        pagination={false}
        rowKey="personId"
        dataSource={rows}
        locale={{ emptyText: 'Chưa có người ứng cử.' }}
        onRow={() => ({ 'data-testid': 'candidate-row' }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: 'Số trên phiếu',
            width: 70,
            render: (_, c) => numbers.get(c.personId),
          },
          {
            title: 'Họ và tên',
            render: (_, c) => {
              const p = peopleById.get(c.personId);
              return (
                <>
                  <Typography.Text strong>
                    {p?.fullName ?? '(không còn trong danh sách)'}
                  </Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[p?.position, p?.department].filter(Boolean).join(', ')}
                  </Typography.Text>
                </>
              );
            },
          },
          {
            title: 'Giới thiệu',
            width: 210,
            render: (_, c) =>
              allowFloorNominations || c.nominatedBy !== 'unionExecutive' ? (
                <Select
                  size="small"
                  aria-label="Ai giới thiệu"
                  style={{ width: '100%' }}
                  disabled={disabled}
                  value={c.nominatedBy}
                  options={[...NOMINATED_BY_OPTIONS]}
                  onChange={(nominatedBy: Candidate['nominatedBy']) =>
                    update(c.personId, { nominatedBy })
                  }
                />
              ) : (
                'Ban Chấp hành Công đoàn'
              ),
          },
          {
            title: 'Đồng ý ứng cử',
            width: 120,
            render: (_, c) => (
              <Checkbox
                aria-label={`${peopleById.get(c.personId)?.fullName ?? ''} đồng ý ứng cử`}
                data-testid="candidate-consent"
                checked={c.consent}
                disabled={disabled}
                onChange={(e) => update(c.personId, { consent: e.target.checked })}
              >
                Đã đồng ý
              </Checkbox>
            ),
          },
          {
            title: '',
            width: 48,
            render: (_, c) =>
              disabled ? null : (
                <Button
                  size="small"
                  danger
                  type="text"
                  aria-label={`Bỏ ${peopleById.get(c.personId)?.fullName ?? ''} khỏi danh sách`}
                  icon={<DeleteOutlined />}
                  onClick={() => onChange(candidates.filter((x) => x.personId !== c.personId))}
                />
              ),
          },
        ]}
      />
    </div>
  );
}
