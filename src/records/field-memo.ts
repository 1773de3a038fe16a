// A value made once per distinct text (its encoded bytes, its code), looked up first by the
// field's last text: ids repeat from row to row, and comparing one string beats a hash
// lookup. Hot path of the record files (csv-bytes.ts, record-batch.ts).

export class FieldMemo<V> {
  private readonly made = new Map<string, V>();
  private readonly lastText: (string | null)[] = [];
  private readonly lastValue: V[] = [];

  /** `bound`: forget everything made when this many texts are held (memory stays flat should a field hold many). */
  constructor(
    private readonly make: (text: string) => V,
    private readonly bound = Infinity,
  ) {}

  get(field: number, text: string): V {
    if (this.lastText[field] === text) return this.lastValue[field];
    let value = this.made.get(text);
    if (value === undefined) {
      value = this.make(text);
      if (this.made.size >= this.bound) this.made.clear();
      this.made.set(text, value);
    }
    this.lastText[field] = text;
    this.lastValue[field] = value;
    return value;
  }
}
