package org.renewalledger.query.export;

import java.util.List;
import reactor.core.publisher.Flux;

/**
 * What an auditor's export holds, whatever its file format: a sheet name, Chinese column headers, and the rows
 * as they are read (numbers as {@link Number}, everything else as text), streamed rather than collected.
 */
public record Table(String sheet, List<String> headers, Flux<List<?>> rows) {
}
