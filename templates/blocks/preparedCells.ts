/**
 * Table cells that are all the same but for one text (a serial number): docx builds and prepares the
 * cell once, with a placeholder for the text, and every cell is that prepared tree with its own text
 * put in. Only the branch leading to the placeholder is copied; the rest is shared — docx writes a
 * prepared tree without changing it.
 *
 * 3,000 ballots built one by one made docx prepare ~1.5 million objects, and the garbage collector
 * spent more time than the serialiser; prepared once, the cost is the XML text itself.
 */
import { TableCell, WidthType, type IContext, type IXmlableObject } from 'docx';

/** A private-use character pair: no real text can be the placeholder. */
const SLOT = '\uE001\uE001';

type Path = (string | number)[];

/** Where the placeholder string sits in the prepared tree (keys and indexes from the root). */
function findSlot(node: unknown, path: Path = []): Path | undefined {
  if (node === SLOT) return path;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i += 1) {
      const found = findSlot(node[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '_attr') continue;
      const found = findSlot(value, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** A copy of `node` with the value at `path` replaced, sharing every branch off the path. */
function replaceAt(node: unknown, path: Path, value: string, depth = 0): unknown {
  if (depth === path.length) return value;
  const key = path[depth] as string | number;
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[key as number] = replaceAt(node[key as number], path, value, depth + 1);
    return copy;
  }
  const record = node as Record<string, unknown>;
  return { ...record, [key]: replaceAt(record[key], path, value, depth + 1) };
}

export class PreparedCells {
  private prepared: IXmlableObject | undefined;
  private slot: Path | undefined;
  private ready = false;

  /**
   * `build(text)` makes one cell holding `text` where the varying text goes; it must put the text
   * in a run of its own (an empty text makes no run, so it is built with the placeholder).
   */
  constructor(private readonly build: (text: string) => TableCell) {}

  prepare(text: string, context: IContext): IXmlableObject | undefined {
    if (!this.ready) {
      this.prepared = this.build(SLOT).prepForXml(context);
      this.slot = findSlot(this.prepared);
      this.ready = true;
    }
    if (!this.slot || !this.prepared) return this.prepared;
    return replaceAt(this.prepared, this.slot, text.normalize('NFC')) as IXmlableObject;
  }

  /** A cell of this kind with its own text; `width` in twips as on the prototype. */
  cell(text: string, width: number): TableCell {
    return new PreparedCell(this, text, width);
  }
}

/** A cell whose XML comes from its PreparedCells; it has no docx content of its own. */
class PreparedCell extends TableCell {
  constructor(
    private readonly cells: PreparedCells,
    private readonly text: string,
    width: number,
  ) {
    super({ width: { size: width, type: WidthType.DXA }, children: [] });
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    return this.cells.prepare(this.text, context);
  }
}
