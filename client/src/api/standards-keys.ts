/** Every query about standards starts with this: a write invalidates it all (lists, pickers, records, histories). */
export const standardsKey = ['standards'] as const;

/** Every list of standards, whatever its filters (the standards page's table and the pickers' searches). */
export const standardListsKey = [...standardsKey, 'list'] as const;
