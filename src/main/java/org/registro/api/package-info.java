/**
 * The write API ({@code /api/v1/datasets}, {@code /api/v1/publishers}): thin handlers that read
 * the body, call {@link org.registro.record.RecordService} and report what happened.
 */
package org.registro.api;
