/**
 * The stewards' pages under {@code /manage}: the dashboard, a record's workflow page (submit,
 * publish, send back, withdraw), its history with readable differences and restore, and the
 * create/edit form. Who may do what is asked of {@code security.Permissions}; records are written
 * only through {@code record.RecordService}; the form itself comes from {@code form}.
 */
package org.registro.steward;
