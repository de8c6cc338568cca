package pl.infolinia.server.reporting;

import java.util.Locale;
import org.springframework.http.MediaType;

/** The file kinds a report table downloads as. */
enum ExportFormat {
    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("application/pdf");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    static ExportFormat of(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension().equals(extension.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new InvalidReportRequest("format", "unknown export '" + extension + "'; one of csv, xlsx, pdf");
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    MediaType mediaType() {
        return MediaType.parseMediaType(mediaType);
    }
}
