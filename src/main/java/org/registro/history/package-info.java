/**
 * What changed between two versions of a record, in plain words for the history pages: fields
 * added, changed and removed, named as the shapes in force name them and valued as people read
 * them (labels of vocabulary concepts, dates, languages). Reads graphs it is given; knows nothing
 * of storage or HTTP.
 */
package org.registro.history;
