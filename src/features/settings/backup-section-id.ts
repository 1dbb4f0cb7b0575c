/**
 * The anchor the backup reminder links to (/settings#backup). A file of its
 * own, so the reminder in the shell does not pull the backup section (and
 * its file validation) into the first screen.
 */
export const BACKUP_SECTION_ID = 'backup';
