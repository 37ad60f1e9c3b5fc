/** Text for screen readers only (a live announcement, a hidden column label): not drawn, still read. */
export const VISUALLY_HIDDEN = { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" } as const;
