import { useMemo, useState } from 'react';
import { Button, Form, Space, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { CountingBoard, NamedPerson } from '../../../../core/domain/election';
import type { Person } from '../../../../core/domain/person';
import type { RuleSet } from '../../../../core/rules/ruleSets';
import { PersonOrTextField, type PersonOrTextMode } from '../PersonOrTextField';
import { PersonSelect } from '../PersonSelect';

/**
 * R14 — the vote-counting board (a head and members, 3–5 in all, none of them a candidate: the
 * candidates are not offered) and the witnesses invited from the floor (roster or a typed name).
 * NĐ 59/2023 Điều 3.5.c and 6.1.b by analogy; the numbers come from the rule set.
 */
export function CountingBoardEditor({
  people,
  peopleById,
  candidateIds,
  board,
  rules,
  onChange,
}: {
  people: readonly Person[];
  peopleById: ReadonlyMap<string, Person>;
  candidateIds: ReadonlySet<string>;
  board: CountingBoard;
  rules: RuleSet;
  onChange: (board: CountingBoard) => void;
}) {
  const { min, max, witnesses: witnessCount } = rules.countingBoard.value;
  const members = board.memberIds.filter((id) => id !== board.headId);
  const onBoard = useMemo(
    () => new Set([...(board.headId ? [board.headId] : []), ...board.memberIds]),
    [board.headId, board.memberIds],
  );
  const free = useMemo(
    () => people.filter((p) => !candidateIds.has(p.id) && !onBoard.has(p.id)),
    [people, candidateIds, onBoard],
  );
  const headOptions = useMemo(
    () => people.filter((p) => !candidateIds.has(p.id) && !members.includes(p.id)),
    [people, candidateIds, members],
  );
  const [modes, setModes] = useState<Record<number, PersonOrTextMode>>({});
  const witnesses: NamedPerson[] = Array.from(
    { length: Math.max(witnessCount, board.witnesses.length) },
    (_, i) => board.witnesses[i] ?? { name: '' },
  );
  const setWitness = (index: number, w: NamedPerson) =>
    onChange({ ...board, witnesses: witnesses.map((x, i) => (i === index ? w : x)) });

  return (
    <Form layout="vertical" component="div" data-testid="counting-board-editor">
      <Form.Item label="Trưởng Ban kiểm phiếu">
        <PersonSelect
          ariaLabel="Trưởng Ban kiểm phiếu"
          people={headOptions}
          value={board.headId}
          onChange={(headId) =>
            onChange({
              ...board,
              headId,
              memberIds: board.memberIds.filter((id) => id !== headId),
            })
          }
        />
      </Form.Item>
      <Form.Item
        label={`Thành viên Ban kiểm phiếu (cả Trưởng ban: ${onBoard.size} người; từ ${min} đến ${max})`}
        help={<small>Căn cứ: {rules.countingBoard.source}. Người ứng cử không được chọn.</small>}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          {members.map((id) => (
            <Space key={id} style={{ width: '100%', justifyContent: 'space-between' }}>
              <Typography.Text data-testid="counting-member">
                {peopleById.get(id)?.fullName ?? '(không còn trong danh sách)'}
              </Typography.Text>
              <Button
                size="small"
                type="text"
                danger
                aria-label={`Bỏ ${peopleById.get(id)?.fullName ?? ''} khỏi Ban kiểm phiếu`}
                icon={<DeleteOutlined />}
                onClick={() =>
                  onChange({ ...board, memberIds: board.memberIds.filter((m) => m !== id) })
                }
              />
            </Space>
          ))}
          {onBoard.size < max && (
            <PersonSelect
              // A fresh, empty box after each pick (the select keeps its own value otherwise).
              key={members.length}
              ariaLabel="Thêm thành viên Ban kiểm phiếu"
              placeholder="Thêm thành viên: gõ tên và chọn"
              people={free}
              value={undefined}
              onChange={(id) => id && onChange({ ...board, memberIds: [...members, id] })}
            />
          )}
        </Space>
      </Form.Item>
      <Form.Item
        label={`Người chứng kiến kiểm phiếu (${witnessCount} người, mời từ hội nghị)`}
        style={{ marginTop: 24 }}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          {witnesses.map((w, i) => {
            const mode = modes[i] ?? (w.personId || !w.name ? 'person' : 'text');
            return (
              <PersonOrTextField
                key={i}
                mode={mode}
                ariaLabel={`Người chứng kiến ${i + 1}`}
                placeholder="Họ và tên người chứng kiến"
                people={people}
                personId={w.personId}
                text={w.name}
                onToggle={() => {
                  const next: PersonOrTextMode = mode === 'person' ? 'text' : 'person';
                  setModes({ ...modes, [i]: next });
                  setWitness(i, next === 'text' ? { name: w.name } : { name: '' });
                }}
                onPersonChange={(personId) =>
                  setWitness(
                    i,
                    personId
                      ? { personId, name: peopleById.get(personId)?.fullName ?? '' }
                      : { name: '' },
                  )
                }
                onTextChange={(name) => setWitness(i, { name })}
              />
            );
          })}
        </Space>
      </Form.Item>
    </Form>
  );
}
