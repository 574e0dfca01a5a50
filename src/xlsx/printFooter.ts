/**
 * The footer of every printed sheet we write: the tab's name, then the page and the page count
 * (Excel's header/footer codes: &C centred, &8 font size, &A tab name, &P page, &N pages). A
 * printed page says which tab it comes from; the print checks of the tests read it back too.
 */
export const printFooter = '&C&8&A — &P / &N';
