/** The pane's file sizes, worded by src/i18n (« 85 Ko », « 1,3 Mo »). */
export { formatFileSize } from '../../i18n/pane/fileSize';
