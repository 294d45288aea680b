/** The charts' colours; every meaning they carry is also written in text. */
export const chartColors = {
  counted: '#1652d9',
  trajectory: '#8c8c8c',
  forecast: '#d46b08',
  goal: '#389e0d',
  goalText: '#237804',
  asOf: '#595959',
  grid: '#eef0f5',
  bar: '#1652d9',
  /** The enterprise goal's split: trained only, implementing, certified or assessed (stacked). */
  trainedOnly: '#bae0ff',
  implementing: '#69b1ff',
  certified: '#0958d9',
} as const;
