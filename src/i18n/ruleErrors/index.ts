/** Parse errors of the rule language (src/rules), worded for whoever wrote the rule (French only for now). */
export { parseErrorFr as parseErrorMessage } from './fr';
