import type { AgendaItem, Presenter } from '../../../../core/domain/agenda';
import type { Guest } from '../../../../core/domain/conference';
import type { Person } from '../../../../core/domain/person';
import { PersonOrTextField, type PersonOrTextMode } from '../PersonOrTextField';

/** Who presents or chairs an item: someone from the roster, or a free-text name. */
export function PresenterCell({
  item,
  mode: chosenMode,
  onModeChange,
  onChange,
  people,
  peopleById,
  guests,
}: {
  item: AgendaItem;
  mode: PersonOrTextMode | undefined;
  onModeChange: (mode: PersonOrTextMode) => void;
  onChange: (presenter: Presenter) => void;
  people: readonly Person[];
  peopleById: ReadonlyMap<string, Person>;
  guests: readonly Guest[];
}) {
  const p = item.presenter;
  const person = p.personId ? peopleById.get(p.personId) : undefined;
  const guest = p.guestId ? guests.find((g) => g.id === p.guestId) : undefined;
  const mode = chosenMode ?? (person?.active ? 'person' : 'text');
  const toggle = () => {
    const next: PersonOrTextMode = mode === 'person' ? 'text' : 'person';
    onModeChange(next);
    if (next === 'text' && person) onChange({ name: person.fullName });
    if (next === 'person' && !person?.active) onChange({});
  };
  return (
    <PersonOrTextField
      mode={mode}
      onToggle={toggle}
      ariaLabel="Người trình bày"
      placeholder="Ví dụ: Đoàn Chủ tịch"
      people={people}
      personId={person?.active ? person.id : undefined}
      text={p.name ?? person?.fullName ?? guest?.fullName ?? ''}
      onPersonChange={(id) => onChange(id ? { personId: id } : {})}
      onTextChange={(name) => onChange({ name })}
    />
  );
}
