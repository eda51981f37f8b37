/** Messages of several instances at once (issue 16, item 3): a transition that lost a race. */
export const multiMessages = {
  es: {
    stateChangedMeanwhile: 'otra persona acaba de cambiar este documento (ya no está en «{{from}}»); recárguelo y vuelva a intentarlo.',
  },
  en: {
    stateChangedMeanwhile: 'someone else has just changed this document (it is no longer "{{from}}"); reload it and try again.',
  },
} as const
